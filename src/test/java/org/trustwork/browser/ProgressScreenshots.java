package org.trustwork.browser;

import org.junit.jupiter.api.Test;

/**
 * Screenshots of the progress screens from an app already running with demo history (not part of the build:
 * the name matches no surefire or failsafe pattern). Run: start the app on port 8081, then
 * {@code ./mvnw -o test -Dtest=ProgressScreenshots -Dtrustwork.skipPostgres=true}.
 */
class ProgressScreenshots {

    @Test
    void take() {
        String base = System.getProperty("trustwork.url", "http://localhost:8081");
        try (var browser = new Browser()) {
            var therapist = browser.open(base, 1280, 2600);
            therapist.signIn("elena.rivera@trustwork.example", "trustwork-demo");
            therapist.page().waitForURL("**/caseload");
            therapist.page().waitForTimeout(1500);
            therapist.screenshot("progress-caseload");
            therapist.page().getByText("Maya & Tom").first().click();
            therapist.page().waitForTimeout(1500);
            therapist.page().locator("#open-progress").click();
            therapist.page().waitForSelector(".tw-coverage-grid");
            therapist.page().waitForTimeout(1000);
            therapist.screenshot("progress-dashboard");
            String url = therapist.page().url();
            therapist.page().navigate(url.replaceAll("couples/\\d+/progress", "caseload"));
            therapist.page().waitForTimeout(1500);
            therapist.page().getByText("Priya & Daniel").first().click();
            therapist.page().waitForTimeout(1000);
            therapist.page().locator("#open-progress").click();
            therapist.page().waitForSelector(".tw-coverage-grid");
            therapist.page().waitForTimeout(800);
            therapist.screenshot("progress-dashboard-priya");

            var partner = browser.open(base, 375, 800);
            partner.signIn("maya@couples.example", "trustwork-demo");
            partner.page().waitForTimeout(1500);
            partner.page().navigate(base + "/check-in");
            partner.page().waitForTimeout(1500);
            partner.screenshot("progress-checkin-phone");
        }
    }
}
