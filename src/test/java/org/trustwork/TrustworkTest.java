package org.trustwork;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory database with the demo clinic; one shared context for all such tests. It
 * runs on PostgreSQL too in the build's second run ({@link AlsoOnPostgres}), and gives the tests {@link RunAs} and
 * {@link TestClinic} as beans.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@AlsoOnPostgres
@Import({TestClock.Config.class, SignedInProbe.class, RunAs.class, TestClinic.class})
public @interface TrustworkTest {
}
