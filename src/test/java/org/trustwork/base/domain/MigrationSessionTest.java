package org.trustwork.base.domain;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.trustwork.AlsoOnPostgres;
import org.trustwork.DemoClinic;
import org.trustwork.TestClock;

/**
 * Issue #25: an app that had created its database refused every sign-in once the connection pool had replaced the
 * connection that ran the migrations (Hikari does that after 30 minutes), because H2 2.4.240 evaluates a CHECK
 * constraint's IN list with the session that created it. Its own database (and context): the test closes every
 * pooled connection, which would break the shared test context if the fix were missing.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:trustwork-renewed-pool;DB_CLOSE_DELAY=-1")
class MigrationSessionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void partners_still_sign_in_after_the_pool_has_replaced_every_connection() throws Exception {
        mvc.perform(formLogin("/login").user(DemoClinic.MAYA).password(DemoClinic.PASSWORD))
                .andExpect(authenticated().withUsername(DemoClinic.MAYA));

        // what the pool does to each connection at the end of its lifetime (maxLifetime), here to all at once
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();

        // a sign-in records "last login", an update of user_account and so of its role check
        mvc.perform(formLogin("/login").user(DemoClinic.MAYA).password(DemoClinic.PASSWORD))
                .andExpect(authenticated().withUsername(DemoClinic.MAYA));
        mvc.perform(formLogin("/login").user(DemoClinic.TOM).password(DemoClinic.PASSWORD))
                .andExpect(authenticated().withUsername(DemoClinic.TOM));
    }
}
