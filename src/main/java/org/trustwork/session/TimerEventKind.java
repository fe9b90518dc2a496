package org.trustwork.session;

public enum TimerEventKind {
    START, PAUSE, RESUME, ITEM_START, ITEM_END, END
}
