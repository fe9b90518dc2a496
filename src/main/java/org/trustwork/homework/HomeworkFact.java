package org.trustwork.homework;

import java.time.LocalDate;

/**
 * One dated homework occurrence reduced to what progress charts need: whose it is (null: both partners
 * together), which practice, when it was due and on which clinic day it was done (null: not done).
 */
public record HomeworkFact(long coupleId, long practiceId, Long assigneeAccountId, LocalDate dueDate,
                           LocalDate doneOn, Long doneBy) {

    public boolean isFor(long partnerAccountId) {
        return assigneeAccountId == null || assigneeAccountId == partnerAccountId;
    }
}
