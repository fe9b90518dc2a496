package org.trustwork.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleService;
import org.trustwork.demo.HistoryGenerator;
import org.trustwork.progress.ProgressViews.Dashboard;
import org.trustwork.progress.ui.DashboardContent;
import org.trustwork.security.SystemTask;

/**
 * Server time to build the progress dashboard of a couple with three years of weekly therapy: the service
 * load (all statements) plus the view's component tree with its SVG charts. A measurement, not a test: its
 * name matches no surefire or failsafe pattern, so it runs only when asked for, and it asserts nothing.
 * <pre>./mvnw -B -o test -Dtrustwork.skipPostgres=true -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@TrustworkTest
class DashboardBenchmark {
    @Autowired
    RunAs runAs;

    private static final int WARM_UP = 30;
    private static final int RUNS = 30;

    @Autowired
    HistoryGenerator history;
    @Autowired
    ProgressService progress;
    @Autowired
    CoupleService couples;
    @Autowired
    AccountService accounts;
    @Autowired
    SystemTask systemTask;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    TestClock clock;

    @Test
    void three_years_of_weekly_data() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        long id = ProgressQueryCountTest.threeYearCouple(history, systemTask, accounts, couples, today);
        runAs.as(DemoClinic.RIVERA, () -> {
            for (DashboardContent.Range range : List.of(DashboardContent.Range.SIX_MONTHS, DashboardContent.Range.ALL)) {
                for (int i = 0; i < WARM_UP; i++) {
                    build(id, range);
                }
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    build(id, range);
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                Collections.sort(millis);
                System.out.printf("DashboardBenchmark %-14s %d runs: min %.1f ms, median %.1f ms, p95 %.1f ms%n",
                        range.label(), RUNS, millis.getFirst(), millis.get(RUNS / 2),
                        millis.get((int) Math.ceil(RUNS * 0.95) - 1));
            }
            return null;
        });
    }

    private void build(long coupleId, DashboardContent.Range range) {
        Dashboard dashboard = progress.load(coupleId);
        var content = new DashboardContent(dashboard, range);
        if (content.getChildren().findAny().isEmpty()) {
            throw new IllegalStateException("empty dashboard");
        }
    }
}
