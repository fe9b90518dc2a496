package org.trustwork.disclosure.ui;

import jakarta.validation.ConstraintViolationException;
import java.util.function.Consumer;
import org.trustwork.base.ui.FailureMessages;
import org.trustwork.base.ui.Notices;
import org.trustwork.disclosure.DisclosureException;

/** Runs a service step; a refusal the person can act on is shown to them, never a stack trace. */
final class Attempt {

    private Attempt() {
    }

    static boolean run(Runnable step, Consumer<String> showProblem) {
        try {
            step.run();
            return true;
        } catch (DisclosureException refused) {
            showProblem.accept(refused.getMessage());
        } catch (ConstraintViolationException | org.springframework.security.access.AccessDeniedException e) {
            showProblem.accept(FailureMessages.forFailure(e));
        }
        return false;
    }

    static boolean run(Runnable step) {
        return run(step, Notices::show);
    }
}
