package org.trustwork.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.trustwork.AlsoOnPostgres;
import org.trustwork.twofactor.DemoAuthenticator;
import org.trustwork.twofactor.TwoFactorService;

/**
 * A clinic's own installation (the {@code production} profile with what it needs from the environment, on an empty
 * in-memory database instead of PostgreSQL): nothing that plants a known authenticator key or writes past therapy
 * straight into the tables exists to be called.
 */
@AlsoOnPostgres
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:production-profile;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "trustwork.security.totp-key=MDEyMzQ1Njc4OWFiY2RlZg==",
        "vaadin.productionMode=false"})
@ActiveProfiles("production")
class ProductionHasNoDemoCodeTest {

    @Autowired
    ApplicationContext context;

    @Test
    void the_demo_clinic_its_known_authenticator_key_and_the_history_writer_are_absent() {
        assertThat(context.getEnvironment().getProperty("trustwork.demo-data.enabled")).isEqualTo("false");
        for (Class<?> demoOnly : new Class<?>[] {DemoAuthenticator.class, HistoryGenerator.class, DemoData.class,
                DemoHistory.class}) {
            assertThat(context.getBeanNamesForType(demoOnly)).as(demoOnly.getSimpleName()).isEmpty();
        }
        assertThat(context.getBeanNamesForType(TwoFactorService.class)).hasSize(1);
        assertThat(Arrays.stream(TwoFactorService.class.getMethods()).map(Method::getName))
                .as("the service every installation has").doesNotContain("enrolWithKnownSecret");
    }
}
