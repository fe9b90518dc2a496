package org.trustwork.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that replaces or works around a framework default and so relies on the framework's internals. Every
 * such class is listed in docs/design-decisions/0007-framework-overrides.md with the note that explains it, and
 * {@code FrameworkOverridesTest} checks, for each, what it relies on: an upgrade that changes that fails the build
 * instead of silently undoing the fix. Search for this annotation to find them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FrameworkOverride {

    /** The design note that explains it, e.g. "0007". */
    String note();

    /** What of the framework it relies on, in a few words. */
    String reliesOn();
}
