package org.trustwork.progress;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleService;
import org.trustwork.demo.HistoryGenerator;
import org.trustwork.progress.ProgressViews.Dashboard;
import org.trustwork.security.SystemTask;

/**
 * Three years of weekly therapy (150 sessions, 1,500 homework occurrences, 600 check-ins) load with a fixed
 * number of SQL statements, counted by Hibernate: no statement per session, occurrence or answer.
 */
@TrustworkTest
class ProgressQueryCountTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    /**
     * Statements for one dashboard, whatever the history's length: 15 measured, the audit entry included (13 before
     * the couple's story: its markers, and how the practices landed, are one statement each, #22).
     */
    static final int DASHBOARD_STATEMENTS = 15;
    /** 11 measured: 8, plus the caseload's markers, phases and practice answers, one statement each (#22). */
    static final int CASELOAD_STATEMENTS = 11;

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
    EntityManagerFactory entityManagerFactory;
    @Autowired
    TestClock clock;

    private Statistics statistics;

    private <T> T as(String email, Supplier<T> step) {
        return runAs.as(email, step);
    }

    @BeforeEach
    void statistics() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    /** A couple with 150 weekly sessions ending last week: the "3 years of weekly data". */
    static long threeYearCouple(HistoryGenerator history, SystemTask systemTask, AccountService accounts,
                                CoupleService couples, LocalDate today) {
        long id = DemoClinic.newCouple(systemTask, accounts, couples, DemoClinic.RIVERA);
        var written = history.generate(new HistoryGenerator.Plan(id, today.minusWeeks(150), 150, 5, 2, 4, 0.5, 0, 0, 42));
        assertThat(written.sessions()).isEqualTo(150);
        assertThat(written.occurrences()).isEqualTo(1500);
        assertThat(written.checkIns()).isEqualTo(600);
        return id;
    }

    @Test
    void a_three_year_dashboard_loads_with_a_fixed_number_of_statements() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        long id = threeYearCouple(history, systemTask, accounts, couples, today);
        // The practice catalogue is read once per application and then shared: run alone, this test would count
        // that first read in one dashboard and not the other.
        as(DemoClinic.RIVERA, () -> progress.dashboard(id));

        statistics.clear();
        Dashboard dashboard = as(DemoClinic.RIVERA, () -> progress.dashboard(id));
        long statements = statistics.getPrepareStatementCount();

        assertThat(dashboard.sessions()).hasSize(150);
        assertThat(dashboard.checkIns()).allSatisfy(s -> assertThat(s.points()).hasSize(300));
        assertThat(dashboard.adherence()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(dashboard.questionnaires()).singleElement()
                .satisfies(q -> assertThat(q.partners().getFirst().points()).hasSize(38));
        assertThat(statements).as("SQL statements for one dashboard: %d", statements)
                .isLessThanOrEqualTo(DASHBOARD_STATEMENTS);

        // The same dashboard for a couple with ten weeks of history costs exactly as many statements.
        long small = clinic.newCouple(DemoClinic.RIVERA);
        history.generate(new HistoryGenerator.Plan(small, today.minusWeeks(10), 10, 5, 2, 4, 0.5, 0, 0, 43));
        statistics.clear();
        Dashboard smaller = as(DemoClinic.RIVERA, () -> progress.dashboard(small));
        assertThat(smaller.sessions()).hasSize(10);
        assertThat(statistics.getPrepareStatementCount()).as("statements for 10 weeks vs 150 weeks")
                .isEqualTo(statements);
    }

    @Test
    void the_caseload_costs_the_same_statements_for_one_couple_or_many() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        statistics.clear();
        int before = as(DemoClinic.RIVERA, () -> progress.caseload("")).size();
        long fewer = statistics.getPrepareStatementCount();

        for (int i = 0; i < 3; i++) {
            long id = clinic.newCouple(DemoClinic.RIVERA);
            history.generate(new HistoryGenerator.Plan(id, today.minusWeeks(10), 10, 3, 2, 4, 0.5, 0, 0, i));
        }
        statistics.clear();
        var rows = as(DemoClinic.RIVERA, () -> progress.caseload(""));
        long more = statistics.getPrepareStatementCount();

        assertThat(rows.size()).isGreaterThanOrEqualTo(before + 3);
        assertThat(rows).filteredOn(r -> r.displayName().startsWith("Test couple"))
                .anySatisfy(r -> {
                    assertThat(r.lastSession()).isNotNull();
                    assertThat(r.adherence()).isNotNull();
                    assertThat(r.latestScores()).allSatisfy(s -> assertThat(s.latest()).isNotNull());
                });
        assertThat(more).as("statements for %d couples: %d; for %d: %d", rows.size(), more, before, fewer)
                .isEqualTo(fewer).isLessThanOrEqualTo(CASELOAD_STATEMENTS);
    }
}
