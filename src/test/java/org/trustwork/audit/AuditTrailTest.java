package org.trustwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.account.NewAccount;
import org.trustwork.account.Role;
import org.trustwork.couple.CoupleService;
import org.trustwork.security.SystemTask;
import org.trustwork.session.SessionNotesService;
import org.trustwork.session.SessionService;

/** The admins' audit trail: search, export (itself audited), and no clinical text in it. */
@TrustworkTest
class AuditTrailTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    AuditTrail trail;
    @Autowired
    SystemTask systemTask;
    @Autowired
    AccountService accounts;
    @Autowired
    CoupleService couples;
    @Autowired
    SessionService sessions;
    @Autowired
    SessionNotesService notes;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    java.time.Clock clock;

    @Test
    void an_admin_finds_entries_by_kind_person_and_couple_and_exports_them_with_the_export_on_record() {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        long okafor = systemTask.callAsAdmin(() -> accounts.therapists().stream()
                .filter(t -> t.email().equals(DemoClinic.OKAFOR)).findFirst().orElseThrow().id());
        systemTask.callAsAdmin(() -> couples.transfer(coupleId, okafor));

        var forCouple = new AuditFilter(null, AuditKind.ACCESS_GRANT, coupleId, LocalDate.of(2000, 1, 1), null);
        var found = systemTask.callAsAdmin(() -> trail.search(forCouple, PageRequest.of(0, 10)));
        assertThat(found).singleElement().satisfies(e -> assertThat(e.detail()).contains("transferred"));
        assertThat(systemTask.callAsAdmin(() -> trail.count(forCouple))).isEqualTo(1);
        assertThat(systemTask.callAsAdmin(() -> trail.count(new AuditFilter(null, AuditKind.DELETION, coupleId, null, null))))
                .isZero();

        String csv = new String(systemTask.callAsAdmin(() -> trail.exportCsv(forCouple)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("id,occurred_at,kind,who,").contains("ACCESS_GRANT").contains("transferred");
        assertThat(systemTask.callAsAdmin(() -> trail.search(new AuditFilter(null, AuditKind.EXPORT, coupleId, null, null),
                PageRequest.of(0, 10)))).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("audit log exported as CSV"));
    }

    @Test
    void a_name_that_looks_like_a_formula_is_exported_as_text() {
        String email = "formula" + System.nanoTime() + "@clinic.example";
        systemTask.callAsAdmin(() -> accounts.createAccount(
                new NewAccount("=HYPERLINK(\"http://evil.example\")", email, null, Role.THERAPIST)));
        var filter = new AuditFilter(null, AuditKind.ACCOUNT_CHANGE, null, null, null);

        String csv = new String(systemTask.callAsAdmin(() -> trail.exportCsv(filter)), StandardCharsets.UTF_8);

        assertThat(csv).doesNotContain(",=HYPERLINK");
    }

    @Test
    void private_note_text_never_reaches_the_audit_log() {
        String marker = "PRIVATE-NOTE-MARKER-" + System.nanoTime();
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        runAs.as(DemoClinic.RIVERA, () -> {
            var session = sessions.plan(coupleId, clock.instant(), 50);
            sessions.start(session.id());
            notes.save(session.id(), null, 0, "The partner said " + marker);
            notes.open(session.id(), null);
            return null;
        });

        String everything = new String(systemTask.callAsAdmin(() -> trail.exportCsv(AuditFilter.ALL)),
                StandardCharsets.UTF_8);

        assertThat(everything).contains("couple_id").doesNotContain(marker);
    }

    @Test
    void only_admins_read_or_export_the_trail() {
        assertThatThrownBy(() -> runAs.as(DemoClinic.RIVERA, () -> trail.search(AuditFilter.ALL, PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(DemoClinic.MAYA, () -> trail.exportCsv(AuditFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
