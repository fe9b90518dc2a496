package org.trustwork.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.data.domain.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.TestClinic;
import org.trustwork.RunAs;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.admin.ui.AuditLogView;
import org.trustwork.couple.CoupleService;
import org.trustwork.security.SystemTask;

/** The audit log page as an admin uses it: filter, read newest first, export, and never edit. */
@TrustworkTest
@WithUserDetails(DemoClinic.ADMIN)
class AuditLogViewTest extends SpringBrowserlessTest {
    @Autowired
    TestClinic clinic;

    @Autowired
    SystemTask systemTask;
    @Autowired
    CoupleService couples;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    org.trustwork.session.SessionService sessions;
    @Autowired
    org.trustwork.session.SessionNotesService notes;
    @Autowired
    org.trustwork.TestClock clock;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy contextHolder;
    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return find(Grid.class).single();
    }

    @Test
    void an_admin_filters_by_kind_and_person_sees_newest_first_and_exports_what_is_shown_on_the_record() throws Exception {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        systemTask.callAsAdmin(() -> couples.close(coupleId));
        systemTask.callAsAdmin(() -> couples.reopen(coupleId));
        navigate(AuditLogView.class);

        test(find(Select.class).withLabel("What").single()).selectItem("Changed");
        assertThat(test(grid()).size()).isPositive();
        for (int row = 0; row < Math.min(test(grid()).size(), 20); row++) {
            assertThat(test(grid()).getRow(row).kind()).isEqualTo(AuditKind.CHANGE);
        }
        assertThat(test(grid()).getRow(0).id()).as("newest first").isGreaterThan(test(grid()).getRow(1).id());
        assertThat(test(grid()).getRow(0).detail()).isEqualTo("couple reopened");
        String coupleName = couples.allCouples().stream().filter(c -> c.id() == coupleId).findFirst().orElseThrow()
                .displayName();
        assertThat(test(grid()).getCellText(0, 3)).as("the record, in words").isEqualTo("Couple · " + coupleName);

        test(find(TextField.class).withLabel("Person").single()).setValue("nobody-with-this-name");
        assertThat(test(grid()).size()).isZero();
        test(find(TextField.class).withLabel("Person").single()).clear();

        int exportsBefore = exports();
        var csv = new ByteArrayOutputStream();
        test(find(Anchor.class).withId("export-audit").single()).download(csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("id,occurred_at,kind,").contains("couple reopened").doesNotContain(",SIGN_IN,");
        assertThat(exports()).isEqualTo(exportsBefore + 1);
        assertThat(jdbc.queryForObject("select detail from audit_event where kind = 'EXPORT' order by id desc limit 1",
                String.class)).isEqualTo("audit log exported as CSV (kind=CHANGE)");

        assertThat(find(Button.class).all()).as("nothing on the page edits or deletes an entry")
                .noneSatisfy(b -> assertThat(b.getText().toLowerCase()).containsAnyOf("delete", "edit", "remove"));
    }

    @Test
    void records_are_named_by_person_or_couple_in_one_statement_per_page_and_never_by_what_they_say() {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        String coupleName = couples.allCouples().stream().filter(c -> c.id() == coupleId).findFirst().orElseThrow()
                .displayName();
        long sessionId = new org.trustwork.RunAs(users, contextHolder).as(DemoClinic.RIVERA, () -> {
            long id = sessions.plan(coupleId, clock.instant(), 50).id();
            notes.save(id, null, 0, "Secret clinical words");
            return id;
        });
        long tomId = jdbc.queryForObject("select id from user_account where email = ?", Long.class, "tom@couples.example");
        jdbc.update("insert into audit_event (occurred_at, kind, actor_name, record_type, record_id, detail) "
                + "values (current_timestamp, 'ACCOUNT_CHANGE', 'Test', 'account', ?, 'account looked at')", tomId);

        AuditFilter everything = new AuditFilter(null, null, null, null, null);
        List<AuditEntry> page = trail.search(everything, PageRequest.of(0, 50));
        assertThat(page).filteredOn(e -> "account".equals(e.recordType()) && e.recordId() == tomId).first()
                .extracting(AuditLogView::record).isEqualTo("Account · Tom Brennan");
        assertThat(page).filteredOn(e -> "private-note".equals(e.recordType())).first()
                .extracting(AuditLogView::record).isEqualTo("Private note · " + coupleName);
        assertThat(page).filteredOn(e -> "session".equals(e.recordType()) && e.recordId() == sessionId).first()
                .extracting(AuditLogView::record).isEqualTo("Session · " + coupleName);
        assertThat(page).extracting(AuditLogView::record).noneMatch(r -> r.contains("Secret"));

        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        trail.search(everything, PageRequest.of(0, 5));
        long small = statistics.getPrepareStatementCount();
        statistics.clear();
        trail.search(everything, PageRequest.of(0, 50));
        assertThat(statistics.getPrepareStatementCount()).as("no statement per entry").isEqualTo(small).isEqualTo(2);
    }

    private int exports() {
        return jdbc.queryForObject("select count(*) from audit_event where kind = 'EXPORT'", Integer.class);
    }
}
