package org.trustwork.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The PCL-5 from its seed file, scored as published (20 items, 0-4, plain sum 0-80), against sums done by hand. */
class Pcl5ScoringTest {

    private final MeasureDefinition pcl5 = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
            .readValue(new File("seeds/measures/pcl-5.yaml"), MeasureDefinition.class);

    private Map<String, Integer> answers(int... positions) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < positions.length; i++) {
            map.put(pcl5.items().get(i).key(), positions[i]);
        }
        return map;
    }

    @Test
    void twenty_items_each_from_not_at_all_to_extremely_none_reversed() {
        assertThat(pcl5.consistencyProblems()).isEmpty();
        assertThat(pcl5.items()).hasSize(20).allSatisfy(item -> {
            assertThat(item.min()).isZero();
            assertThat(item.max()).isEqualTo(4);
            assertThat(item.reverse()).isFalse();
            assertThat(item.options()).containsExactly("Not at all", "A little bit", "Moderately", "Quite a bit",
                    "Extremely");
        });
        assertThat(pcl5.minTotal()).isZero();
        assertThat(pcl5.maxTotal()).isEqualTo(80);
        assertThat(pcl5.items().getFirst().text())
                .isEqualTo("Repeated, disturbing, and unwanted memories of the stressful experience?");
        assertThat(pcl5.items().getLast().text()).isEqualTo("Trouble falling or staying asleep?");
    }

    @Test
    void the_total_is_the_plain_sum_of_the_twenty_answers() {
        assertThat(pcl5.score(answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).isEqualTo(0);
        assertThat(pcl5.score(answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4))).isEqualTo(80);
        // 3+2+1+4+3 + 2+3+0+2+1 + 3+1+2+2+1 + 0+3+3+2+3 = 13 + 8 + 9 + 11 = 41
        assertThat(pcl5.score(answers(3, 2, 1, 4, 3, 2, 3, 0, 2, 1, 3, 1, 2, 2, 1, 0, 3, 3, 2, 3))).isEqualTo(41);
        // Items 1-10 "A little bit" (1), items 11-20 "Moderately" (2): 10 + 20 = 30
        assertThat(pcl5.score(answers(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2))).isEqualTo(30);
    }

    @Test
    void totals_of_33_and_more_are_flagged_and_32_is_not() {
        // Sixteen "Moderately" (2) and one "A little bit" (1): 32 + 1 = 33
        double thirtyThree = pcl5.score(answers(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 0, 0, 0));
        assertThat(thirtyThree).isEqualTo(33);
        assertThat(pcl5.beyondCutoff(thirtyThree)).isTrue();
        assertThat(pcl5.sideOfCutoff(thirtyThree)).isEqualTo("at or above the cut-off");
        double thirtyTwo = pcl5.score(answers(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0));
        assertThat(thirtyTwo).isEqualTo(32);
        assertThat(pcl5.beyondCutoff(thirtyTwo)).isFalse();
        assertThat(pcl5.sideOfCutoff(thirtyTwo)).isEqualTo("below the cut-off");
        // The CSI's cut-off still points the other way.
        assertThat(pcl5.belowCutoff(thirtyTwo)).isFalse();
    }

    @Test
    void an_answer_outside_0_to_4_or_a_missing_one_is_refused() {
        assertThatThrownBy(() -> pcl5.score(answers(5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
                .hasMessageContaining("between 0 and 4");
        assertThatThrownBy(() -> pcl5.score(answers(1, 1, 1)))
                .hasMessageContaining("Please answer every question");
    }
}
