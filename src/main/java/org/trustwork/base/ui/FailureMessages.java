package org.trustwork.base.ui;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Size;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a person is told when an action fails in a way the screen did not catch itself. Input refused by
 * the service layer's validation gets the reason in plain words; anything unexpected gets a calm general
 * message. Never a stack trace, and always the reassurance that the typed text is still on screen.
 */
public final class FailureMessages {

    public static final String UNEXPECTED =
            "Something went wrong and was not saved. What you typed is still on screen; please try again.";
    public static final String DENIED = "You don't have access to that.";

    private FailureMessages() {
    }

    public static String forFailure(Throwable failure) {
        Throwable cause = rootCause(failure);
        if (cause instanceof AccessDeniedException) {
            return DENIED;
        }
        if (cause instanceof ConstraintViolationException invalid && !invalid.getConstraintViolations().isEmpty()) {
            return "Not saved: " + invalid.getConstraintViolations().stream()
                    .map(FailureMessages::describe).distinct().sorted().collect(Collectors.joining(" ", "", ""))
                    + " What you typed is still on screen.";
        }
        return UNEXPECTED;
    }

    public static boolean isExpected(Throwable failure) {
        return !UNEXPECTED.equals(forFailure(failure));
    }

    private static String describe(ConstraintViolation<?> violation) {
        var annotation = violation.getConstraintDescriptor().getAnnotation();
        if (annotation instanceof Size size && violation.getInvalidValue() instanceof CharSequence text
                && text.length() > size.max()) {
            return "the text is too long (" + text.length() + " characters; at most " + size.max() + ").";
        }
        String message = violation.getMessage();
        return message.endsWith(".") ? message : message + ".";
    }

    static Throwable rootCause(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current) {
            if (current instanceof AccessDeniedException || current instanceof ConstraintViolationException) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }
}
