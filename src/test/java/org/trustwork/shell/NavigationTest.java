package org.trustwork.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;
import org.trustwork.security.SystemTask;
import org.trustwork.admin.ui.AccountsView;
import org.trustwork.couple.CoupleService;
import org.trustwork.caseload.ui.CaseloadView;
import org.trustwork.partner.ui.MyHomeworkView;
import org.trustwork.practice.ui.PracticeLibraryView;
import org.trustwork.security.ui.LoginView;

/** Each role sees its own navigation, lands on its own start page, and is refused everything else. */
@TrustworkTest
class NavigationTest extends SpringBrowserlessTest {
    @Autowired
    TestClinic clinic;

    @Autowired
    CoupleService couples;
    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails(DemoClinic.ADMIN)
    void an_admin_lands_on_accounts_and_sees_only_admin_navigation() {
        navigate("", AccountsView.class);
        assertThat(menu()).containsExactly("Accounts", "Couples", "Emergency access", "Audit log");
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void a_therapist_lands_on_the_caseload_and_sees_caseload_and_library() {
        navigate("", CaseloadView.class);
        assertThat(menu()).containsExactly("Caseload", "Practice library");
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void a_partner_lands_on_their_homework_and_sees_homework_and_library() {
        navigate("", MyHomeworkView.class);
        assertThat(menu()).containsExactly("My homework", "Check-in", "Our timeline", "Questions", "Just for you",
                "Session summaries", "Practice library");
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void a_partner_typing_therapist_or_admin_addresses_gets_the_access_denied_page() {
        long ownCouple = clinic.coupleId("Maya & Tom");
        navigate("caseload", AccessDeniedView.class);
        navigate("admin/accounts", AccessDeniedView.class);
        navigate("couples/" + ownCouple, AccessDeniedView.class);
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void a_therapist_typing_admin_or_partner_addresses_gets_the_access_denied_page() {
        navigate("admin/accounts", AccessDeniedView.class);
        navigate("my-homework", AccessDeniedView.class);
    }

    @Test
    @WithUserDetails(DemoClinic.OKAFOR)
    void a_therapist_typing_another_therapists_couple_address_gets_the_access_denied_page() {
        long notMine = clinic.coupleId("Maya & Tom");
        navigate("couples/" + notMine, AccessDeniedView.class);
    }

    @Test
    @WithUserDetails(DemoClinic.ADMIN)
    void an_admin_cannot_open_a_couples_record_or_the_library() {
        long id = clinic.coupleId("Maya & Tom");
        navigate("couples/" + id, AccessDeniedView.class);
        navigate("practices", AccessDeniedView.class);
    }

    @Test
    @WithAnonymousUser
    void a_logged_out_visitor_opening_any_inner_address_gets_the_login_form() {
        for (String address : List.of("caseload", "admin/accounts", "my-homework", "practices", "couples/1")) {
            navigate(address, LoginView.class);
            assertThat(find(LoginForm.class).exists()).as(address).isTrue();
        }
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void an_unknown_address_shows_a_plain_not_found_page() {
        navigate("no/such/page", NotFoundView.class);
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void the_library_is_open_to_partners() {
        navigate(PracticeLibraryView.class);
    }
}
