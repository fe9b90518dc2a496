package org.trustwork.couple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;

@TrustworkTest
class CoupleAccessTest {
    @Autowired
    TestClinic clinic;

    @Autowired
    CoupleService couples;
    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void a_therapist_sees_only_their_own_caseload() {
        // Unpaged: other tests sharing this database give Dr Rivera many more couples.
        assertThat(couples.caseload(null, org.springframework.data.domain.Pageable.unpaged()))
                .extracting(CoupleSummary::displayName)
                .contains("Maya & Tom", "Priya & Daniel")
                .doesNotContain("Chris & Jamie");
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void a_therapist_can_open_their_own_couple() {
        long id = clinic.coupleId("Maya & Tom");

        CoupleDetails couple = couples.couple(id);

        assertThat(couple.partners()).extracting(PartnerInfo::email)
                .containsExactlyInAnyOrder(DemoClinic.MAYA, DemoClinic.TOM);
    }

    @Test
    @WithUserDetails(DemoClinic.OKAFOR)
    void a_therapist_cannot_load_another_therapists_couple() {
        long id = clinic.coupleId("Maya & Tom");

        assertThatThrownBy(() -> couples.couple(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> couples.updateGoals(id, "overwritten")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoClinic.OKAFOR)
    void a_missing_couple_looks_the_same_as_someone_elses() {
        assertThatThrownBy(() -> couples.couple(987_654L))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("This couple is not in your care");
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void a_partner_sees_their_own_couple_but_no_other() {
        assertThat(couples.myCouple().displayName()).isEqualTo("Maya & Tom");
        long other = clinic.coupleId("Chris & Jamie");

        assertThatThrownBy(() -> couples.couple(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void method_security_is_on_a_partner_calling_a_therapist_service_is_refused() {
        assertThatThrownBy(() -> couples.caseload(null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        long own = clinic.coupleId("Maya & Tom");
        assertThatThrownBy(() -> couples.updateGoals(own, "partner edits")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoClinic.ADMIN)
    void an_admin_manages_couples_but_cannot_read_a_couples_record() {
        long id = clinic.coupleId("Maya & Tom");

        assertThat(couples.allCouples()).hasSizeGreaterThanOrEqualTo(3);
        assertThatThrownBy(() -> couples.couple(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void a_therapist_cannot_create_couples() {
        assertThatThrownBy(() -> couples.createCouple(new NewCouple())).isInstanceOf(AccessDeniedException.class);
    }
}
