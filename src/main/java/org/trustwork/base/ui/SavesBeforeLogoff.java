package org.trustwork.base.ui;

/** A component holding typed work that must be saved before an automatic logoff (e.g. session notes). */
public interface SavesBeforeLogoff {

    void saveBeforeLogoff();
}
