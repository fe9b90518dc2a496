package org.trustwork.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.couple.CoupleService;
import org.trustwork.session.ui.MySummariesView;

/** A partner reads the published summaries of their own couple, and nothing of another couple. */
@TrustworkTest
class MySummariesViewTest extends SpringBrowserlessTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    SessionService sessions;
    @Autowired
    CoupleService couples;
    @Autowired
    TestClock clock;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private void publishForChrisAndJamie(String text) {
        long coupleId = clinic.coupleId("Chris & Jamie");
        runAs.as(DemoClinic.OKAFOR, () -> {
            long id = sessions.plan(coupleId, clock.instant(), 50).id();
            sessions.start(id);
            sessions.end(id);
            sessions.saveSharedSummary(id, text);
            return sessions.publishSummary(id);
        });
    }

    @Test
    @WithUserDetails(DemoClinic.CHRIS)
    void a_partner_sees_the_summary_their_therapist_published() {
        publishForChrisAndJamie("Agreed: a shared budget review every Sunday.");

        navigate(MySummariesView.class);

        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Agreed: a shared budget review every Sunday.");
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void a_partner_of_another_couple_does_not_see_it() {
        publishForChrisAndJamie("Only for Chris and Jamie.");

        navigate(MySummariesView.class);

        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .doesNotContain("Only for Chris and Jamie.");
    }
}
