package org.trustwork;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The opt-in of a Spring test to the build's second run on a real PostgreSQL server
 * (docs/design-decisions/0010): in that run ({@code -Dtrustwork.test.database=postgres}) its in-memory H2 database is
 * replaced by {@link PostgresTestDatabase}. {@link TrustworkTest} carries it; a test class with a
 * {@code @SpringBootTest} of its own adds it, or says {@link OnlyOnH2} and why. {@code SpringTestsOptInTest} fails for
 * a Spring test that says neither, so none silently stops running on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(PostgresTestDatabase.Factory.class)
public @interface AlsoOnPostgres {
}
