package org.trustwork.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLogTestAccess;
import org.trustwork.couple.CoupleService;

/** Another therapist may open a couple only while an admin's grant runs, and the couple's therapist sees it. */
@TrustworkTest
class EmergencyAccessTest {
    @Autowired
    TestClinic clinic;

    @Autowired
    EmergencyAccessService emergency;
    @Autowired
    CoupleService couples;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    AuditLogTestAccess audit;

    @Autowired
    RunAs runAs;
    long coupleId;
    long okaforId;

    @BeforeEach
    void riveraCouple() {
        coupleId = clinic.newCouple(DemoClinic.RIVERA);
        okaforId = accounts.credentialsFor(DemoClinic.OKAFOR).orElseThrow().accountId();
    }

    private EmergencyGrantInfo grant(int minutes, String reason) {
        return runAs.as(DemoClinic.ADMIN, () -> emergency.grant(coupleId, okaforId, minutes, reason));
    }

    private boolean okaforCanOpen() {
        try {
            runAs.as(DemoClinic.OKAFOR, () -> couples.couple(coupleId));
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }

    @Test
    void a_covering_therapist_opens_the_couple_only_until_the_grant_expires() {
        assertThat(okaforCanOpen()).isFalse();
        grant(30, "Dr Rivera is ill; the couple called in a crisis");
        assertThat(okaforCanOpen()).isTrue();
        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        assertThat(okaforCanOpen()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(okaforCanOpen()).isFalse();
    }

    @Test
    void withdrawing_ends_it_at_once() {
        var info = grant(60, "Cover during a hospital stay");
        runAs.as(DemoClinic.ADMIN, () -> {
            emergency.withdraw(info.id());
            return null;
        });
        assertThat(okaforCanOpen()).isFalse();
    }

    @Test
    void at_most_an_hour_with_a_reason_to_a_therapist_who_is_not_already_theirs_and_only_by_an_admin() {
        assertThatThrownBy(() -> grant(61, "Too long")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> grant(0, "Too short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> grant(30, "   ")).isInstanceOf(IllegalArgumentException.class);
        long rivera = accounts.credentialsFor(DemoClinic.RIVERA).orElseThrow().accountId();
        assertThatThrownBy(() -> runAs.as(DemoClinic.ADMIN, () -> emergency.grant(coupleId, rivera, 30, "Own")))
                .isInstanceOf(IllegalArgumentException.class);
        long maya = accounts.credentialsFor(DemoClinic.MAYA).orElseThrow().accountId();
        assertThatThrownBy(() -> runAs.as(DemoClinic.ADMIN, () -> emergency.grant(coupleId, maya, 30, "A partner")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runAs.as(DemoClinic.OKAFOR, () -> emergency.grant(coupleId, okaforId, 30, "Myself")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(okaforCanOpen()).isFalse();
    }

    @Test
    void the_grant_is_audited_and_shown_to_the_couples_own_therapist() {
        grant(45, "Dr Rivera on leave; crisis call");
        assertThat(audit.latest(3)).anySatisfy(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.ACCESS_GRANT);
            assertThat(event.getCoupleId()).isEqualTo(coupleId);
            assertThat(event.getDetail()).contains("Dr Samuel Okafor").contains("Dr Rivera on leave; crisis call");
        });
        var notices = runAs.as(DemoClinic.RIVERA, () -> emergency.grantsOnMyCouples());
        assertThat(notices).anySatisfy(notice -> {
            assertThat(notice.coupleId()).isEqualTo(coupleId);
            assertThat(notice.therapistName()).isEqualTo("Dr Samuel Okafor");
            assertThat(notice.grantedByName()).isEqualTo("Morgan Lee");
            assertThat(notice.reason()).isEqualTo("Dr Rivera on leave; crisis call");
            assertThat(notice.active()).isTrue();
        });
        assertThat(runAs.as(DemoClinic.OKAFOR, () -> emergency.myEmergencyAccess()))
                .anySatisfy(access -> assertThat(access.coupleId()).isEqualTo(coupleId));
        // The grant gives a therapist access, never an admin or a partner of another couple.
        assertThatThrownBy(() -> runAs.as(DemoClinic.ADMIN, () -> couples.couple(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
