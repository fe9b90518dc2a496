package org.trustwork.account;

/** An account change that would leave the clinic worse off (no admin left, a therapist's couples orphaned). */
public class AccountRefusedException extends RuntimeException {

    public AccountRefusedException(String message) {
        super(message);
    }
}
