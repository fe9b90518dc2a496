package org.trustwork.account;

/** The admin's account search: text in name or e-mail, and optionally one role and active or not. */
public record AccountFilter(String text, Role role, Boolean active) {

    public static final AccountFilter ALL = new AccountFilter(null, null, null);
}
