package org.trustwork;

import org.springframework.stereotype.Component;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleService;
import org.trustwork.security.SystemTask;

/**
 * The clinic builders of {@link DemoClinic} as a bean of every {@link TrustworkTest}: a test asks for
 * {@code clinic.newCouple(DemoClinic.RIVERA)} instead of autowiring the services the builder needs.
 */
@Component
public class TestClinic {

    private final SystemTask systemTask;
    private final AccountService accounts;
    private final CoupleService couples;

    TestClinic(SystemTask systemTask, AccountService accounts, CoupleService couples) {
        this.systemTask = systemTask;
        this.accounts = accounts;
        this.couples = couples;
    }

    /** A new couple of the given therapist, with unique names, so a test's data never meets another test's. */
    public long newCouple(String therapistEmail) {
        return DemoClinic.newCouple(systemTask, accounts, couples, therapistEmail);
    }

    /** The id of a demo couple ("Maya & Tom"). */
    public long coupleId(String displayName) {
        return DemoClinic.coupleId(systemTask, couples, displayName);
    }
}
