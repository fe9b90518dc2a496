package org.trustwork;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Spring test that stays on H2 in the PostgreSQL run too (see {@link AlsoOnPostgres}), and why. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface OnlyOnH2 {

    /** Why PostgreSQL would not prove anything more, or cannot give the test what it needs. */
    String value();
}
