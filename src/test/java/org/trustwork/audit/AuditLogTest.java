package org.trustwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;

@TrustworkTest
class AuditLogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditEventRepository events;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;

    @Test
    void a_sign_in_and_a_refused_sign_in_are_both_on_the_trail_without_the_password() throws Exception {
        // A partner: staff sign in with a second factor, audited once the code is right (TwoFactorSignInTest).
        mvc.perform(formLogin("/login").user(DemoClinic.CHRIS).password("a-wrong-guess-123"));
        mvc.perform(formLogin("/login").user(DemoClinic.CHRIS).password(DemoClinic.PASSWORD));

        var latest = events.findAllByOrderByIdDesc(PageRequest.of(0, 2));
        assertThat(latest).extracting(AuditEvent::getKind).containsExactly(AuditKind.SIGN_IN, AuditKind.SIGN_IN_FAILED);
        assertThat(latest).allSatisfy(event -> {
            assertThat(event.getActorName()).isEqualTo(DemoClinic.CHRIS);
            assertThat(event.getDetail()).doesNotContain("a-wrong-guess-123").doesNotContain(DemoClinic.PASSWORD);
            assertThat(event.getRemoteAddress()).isNotBlank();
        });
        assertThat(latest.get(0).getActorAccountId()).isNotNull();
    }

    @Test
    void an_audited_read_inside_a_read_only_transaction_is_refused_rather_than_silently_lost() {
        var readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(status ->
                auditLog.record(AuditKind.VIEW, AuditTarget.couple(1), "test")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_entry_commits_and_rolls_back_with_the_change_it_records() {
        Long before = latestId();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            auditLog.record(AuditKind.CHANGE, AuditTarget.couple(1), "a change that then fails");
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(latestId()).isEqualTo(before);

        Instant now = clock.instant();
        transactions.executeWithoutResult(status ->
                auditLog.record(AuditKind.CHANGE, new AuditTarget("private-note", 42L, 7L), "a change that held"));
        var latest = events.findAllByOrderByIdDesc(PageRequest.of(0, 1)).getFirst();
        assertThat(latest.getId()).isGreaterThan(before == null ? 0 : before);
        assertThat(latest.getKind()).isEqualTo(AuditKind.CHANGE);
        assertThat(latest.getRecordType()).isEqualTo("private-note");
        assertThat(latest.getRecordId()).isEqualTo(42L);
        assertThat(latest.getCoupleId()).isEqualTo(7L);
        assertThat(latest.getDetail()).isEqualTo("a change that held");
        assertThat(latest.getOccurredAt()).isBetween(now, clock.instant());
    }

    private Long latestId() {
        var latest = events.findAllByOrderByIdDesc(PageRequest.of(0, 1));
        return latest.isEmpty() ? null : latest.getFirst().getId();
    }

    @Test
    void an_overlong_detail_is_shortened_not_refused() {
        transactions.executeWithoutResult(status ->
                auditLog.record(AuditKind.CHANGE, AuditTarget.couple(1), "x".repeat(2_000)));
        var latest = events.findAllByOrderByIdDesc(PageRequest.of(0, 1)).get(0);
        assertThat(latest.getDetail()).hasSize(AuditEvent.DETAIL_MAX).endsWith("…");
        assertThat(latest.getActorName()).isEqualTo("system");
    }
}
