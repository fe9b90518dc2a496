package org.trustwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.account.AccountService;
import org.trustwork.account.NewAccount;
import org.trustwork.account.Role;
import org.trustwork.security.SystemTask;

/** The embedded default is a file database: what was saved is still there after the server restarts. */
class RestartKeepsDataTest {

    @TempDir
    Path dataDir;

    /** Each extra application context installs its own JVM-wide security strategy; put the shared one back. */
    private final SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @Test
    void an_account_created_before_a_restart_is_there_after_it() {
        String url = "jdbc:h2:file:" + dataDir.resolve("trustwork") + ";WRITE_DELAY=0";

        try (ConfigurableApplicationContext first = start(url)) {
            var accounts = first.getBean(AccountService.class);
            first.getBean(SystemTask.class).runAsAdmin(() -> accounts.createAccount(
                    new NewAccount("Dr Persistent", "persistent@clinic.example", "survives restarts", Role.THERAPIST)));
        }

        try (ConfigurableApplicationContext second = start(url)) {
            var accounts = second.getBean(AccountService.class);
            long found = second.getBean(SystemTask.class)
                    .callAsAdmin(() -> accounts.countAccounts(new org.trustwork.account.AccountFilter("persistent@clinic.example", null, null)));
            assertThat(found).isEqualTo(1);
            assertThat(accounts.credentialsFor("persistent@clinic.example")).isPresent();
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        // command-line arguments, because builder properties rank below application.properties
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--trustwork.demo-data.enabled=false",
                        "--logging.level.root=warn");
    }
}
