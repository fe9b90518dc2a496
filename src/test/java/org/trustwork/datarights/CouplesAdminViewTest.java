package org.trustwork.datarights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.CoupleStatus;
import org.trustwork.couple.CoupleSummary;
import org.trustwork.datarights.ui.CouplesAdminView;
import org.trustwork.security.SystemTask;

/** The admin's couples page, as an admin uses it: find, move, close, reopen and export a couple. */
@TrustworkTest
@WithUserDetails(DemoClinic.ADMIN)
class CouplesAdminViewTest extends SpringBrowserlessTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    SystemTask systemTask;
    @Autowired
    AccountService accounts;
    @Autowired
    CoupleService couples;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<CoupleSummary> grid() {
        return find(Grid.class).single();
    }

    private List<String> shownCouples() {
        List<String> names = new ArrayList<>();
        for (int row = 0; row < test(grid()).size(); row++) {
            names.add(test(grid()).getRow(row).displayName());
        }
        return names;
    }

    /** Opens the page filtered to one couple and returns that couple's action buttons and export link. */
    private List<Component> actionsOf(String displayName) {
        navigate(CouplesAdminView.class);
        test(find(TextField.class).withId("couple-search").single()).setValue(displayName);
        assertThat(shownCouples()).containsExactly(displayName);
        return test(grid()).getCellComponent(0, 4).getChildren().toList();
    }

    private static Button button(List<Component> actions, String text) {
        return actions.stream().filter(c -> c instanceof Button b && b.getText().equals(text)).map(Button.class::cast)
                .findFirst().orElseThrow();
    }

    private String nameOf(long coupleId) {
        return jdbc.queryForObject("select display_name from couple where id = ?", String.class, coupleId);
    }

    @Test
    void an_admin_finds_couples_by_a_partners_email_and_by_status() {
        long closed = clinic.newCouple(DemoClinic.OKAFOR);
        systemTask.callAsAdmin(() -> couples.close(closed));
        navigate(CouplesAdminView.class);
        assertThat(shownCouples()).contains("Maya & Tom", "Chris & Jamie", nameOf(closed));

        test(find(TextField.class).withId("couple-search").single()).setValue("MAYA@couples");
        assertThat(shownCouples()).containsExactly("Maya & Tom");
        assertThat(test(grid()).getCellText(0, 1)).isEqualTo("Dr Elena Rivera");

        test(find(TextField.class).withId("couple-search").single()).clear();
        test(find(Select.class).withId("couple-status").single()).selectItem(CoupleStatus.CLOSED.label());
        assertThat(shownCouples()).contains(nameOf(closed)).doesNotContain("Maya & Tom", "Chris & Jamie");
    }

    @Test
    void moving_a_couple_gives_the_new_therapist_access_takes_it_from_the_old_one_and_is_audited() {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        assertThat(runAs.as(DemoClinic.RIVERA, () -> couples.couple(coupleId)).id()).isEqualTo(coupleId);

        test(button(actionsOf(nameOf(coupleId)), "Move to…")).click();
        @SuppressWarnings("unchecked")
        ComboBox<Object> therapist = find(ComboBox.class).withId("new-therapist").single();
        test(therapist).selectItem("Dr Samuel Okafor");
        test(find(Button.class).withId("move-couple").single()).click();

        assertThat(test(grid()).getCellText(0, 1)).isEqualTo("Dr Samuel Okafor");
        assertThatThrownBy(() -> runAs.as(DemoClinic.RIVERA, () -> couples.couple(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.as(DemoClinic.OKAFOR, () -> couples.couple(coupleId)).therapistName())
                .isEqualTo("Dr Samuel Okafor");
        assertThat(jdbc.queryForList("select detail from audit_event where couple_id = ? and kind = 'ACCESS_GRANT'",
                String.class, coupleId)).singleElement().asString()
                .contains("from Dr Elena Rivera").contains("to Dr Samuel Okafor");
    }

    @Test
    void an_admin_closes_a_couple_and_reopens_them_within_the_retention_period() {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        String name = nameOf(coupleId);

        test(button(actionsOf(name), "Close…")).click();
        test(find(Button.class).withId("confirm-action").single()).click();

        assertThat(test(grid()).getRow(0).status()).isEqualTo(CoupleStatus.CLOSED);
        assertThat(test(grid()).getRow(0).closedOn()).isNotNull();
        assertThat(jdbc.queryForObject("select closed_on from couple where id = ?", java.sql.Date.class, coupleId))
                .isNotNull();

        test(button(actionsOf(name), "Reopen")).click();

        assertThat(test(grid()).getRow(0).status()).isEqualTo(CoupleStatus.ACTIVE);
        assertThat(jdbc.queryForList("select detail from audit_event where couple_id = ? and kind = 'CHANGE'"
                + " order by id", String.class, coupleId)).hasSize(3)
                .satisfies(d -> assertThat(d.get(0)).startsWith("couple created with two partner accounts, in the care of Dr"))
                .satisfies(d -> assertThat(d.get(1)).startsWith("couple closed on"))
                .satisfies(d -> assertThat(d.get(2)).isEqualTo("couple reopened"));
    }

    @Test
    void a_couple_closed_longer_ago_than_the_retention_period_cannot_be_reopened() {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        systemTask.callAsAdmin(() -> couples.close(coupleId));
        jdbc.update("update couple set closed_on = ? where id = ?", java.time.LocalDate.now().minusYears(8), coupleId);

        assertThat(button(actionsOf(nameOf(coupleId)), "Reopen").isEnabled()).isFalse();
        assertThatThrownBy(() -> systemTask.callAsAdmin(() -> couples.reopen(coupleId)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention period");
    }

    @Test
    void the_export_link_downloads_the_couples_zip_and_the_export_is_audited() throws IOException {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        Anchor export = actionsOf(nameOf(coupleId)).stream().filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .findFirst().orElseThrow();

        var zip = new ByteArrayOutputStream();
        test(export).download(zip);

        List<String> names = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("README.txt", "couple.json", "sessions.json", "homework.json", "checkins.json",
                "audit.json", "progress/report.pdf");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where couple_id = ? and kind = 'EXPORT'"
                + " and actor_account_id is not null", Integer.class, coupleId)).isEqualTo(1);
    }
}
