package org.trustwork.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.couple.CoupleService;
import org.trustwork.progress.ui.CheckInView;
import org.trustwork.security.SystemTask;

/** The CSI-16 as a partner answers it (issue 21): the authors' order, unnumbered word pairs, the right total. */
@TrustworkTest
class Csi16FormTest extends SpringBrowserlessTest {

    @Autowired
    CheckInService checkIns;
    @Autowired
    CoupleService couples;
    @Autowired
    SystemTask systemTask;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private <T> T as(String email, Supplier<T> step) {
        try (var elsewhere = Executors.newSingleThreadExecutor()) {
            return elsewhere.submit(() -> new RunAs(users, contextHolder).as(email, step)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> item(String key) {
        return find(RadioButtonGroup.class).withId("item-" + key).single();
    }

    private List<String> labels(String key) {
        RadioButtonGroup<Integer> group = item(key);
        return group.getListDataView().getItems().map(group.getItemLabelGenerator()::apply).toList();
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void item_2_runs_from_all_the_time_to_never_the_word_pairs_carry_no_numbers_and_the_total_is_the_authors() {
        long mayaAndTom = DemoClinic.coupleId(systemTask, couples, "Maya & Tom");
        long request = as(DemoClinic.RIVERA, () -> checkIns.request(mayaAndTom, "csi-16"));
        navigate(CheckInView.class);
        test(find(Button.class).withAttribute("data-request", String.valueOf(request)).single()).click();

        assertThat(labels("going_well")).containsExactly("All the time", "Most of the time", "More often than not",
                "Occasionally", "Rarely", "Never");
        for (String pair : List.of("interesting_boring", "bad_good", "full_empty", "sturdy_fragile",
                "discouraging_hopeful", "enjoyable_miserable")) {
            assertThat(labels(pair)).as(pair).hasSize(6).noneMatch(label -> label.matches(".*[0-9].*"));
            assertThat(item(pair).hasClassName("tw-differential")).isTrue();
        }
        assertThat(labels("sturdy_fragile")).startsWith("Sturdy").endsWith("Fragile");

        // The leftmost answer everywhere. By hand: item 1 Extremely Unhappy 0; item 2 All the time 5; items 3-10
        // 0; word pairs: Interesting 5, Bad 0, Full 5, Sturdy 5, Discouraging 0, Enjoyable 5. Total 25.
        MeasureDefinition csi16 = checkIns.mine().open().stream().filter(q -> q.requestId() == request)
                .findFirst().orElseThrow().measure();
        for (MeasureDefinition.Item each : csi16.items()) {
            test(item(each.key())).selectItem(labels(each.key()).getFirst());
        }
        test(find(Button.class).withId("send-answers").single()).click();

        assertThat(find(Paragraph.class).withText("Total 25").exists()).as("the answer card shows the total").isTrue();
        assertThat(IntStream.rangeClosed(0, 5).map(csi16.item("going_well")::score).toArray())
                .containsExactly(5, 4, 3, 2, 1, 0);
    }
}
