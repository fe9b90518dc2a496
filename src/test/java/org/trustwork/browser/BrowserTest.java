package org.trustwork.browser;

import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.trustwork.AlsoOnPostgres;
import org.trustwork.RunAs;
import org.trustwork.TestClinic;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The app on a random port with a fresh in-memory clinic, and one headless Chromium for the test class. */
@AlsoOnPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({RunAs.class, TestClinic.class})
abstract class BrowserTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    Browser.Tab openTab(int width, int height) {
        return browser.open("http://localhost:" + port, width, height);
    }

    /** Runs the steps in a fresh tab; a failing step leaves the page, its console and a screenshot behind. */
    void inTab(String name, int width, int height, Consumer<Browser.Tab> steps) {
        Browser.Tab tab = browser.open("http://localhost:" + port, width, height);
        try {
            steps.accept(tab);
        } catch (RuntimeException | AssertionError failure) {
            tab.saveEvidence("FAILED-" + name);
            throw failure;
        } finally {
            tab.close();
        }
    }
}
