package org.trustwork.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The CSI and the brief check-in scored from the seed files, against totals worked out by hand. */
class MeasureScoringTest {

    private static MeasureDefinition read(String file) {
        var mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return mapper.readValue(new File("seeds/measures/" + file), MeasureDefinition.class);
    }

    private final MeasureDefinition csi4 = read("csi-4.yaml");
    private final MeasureDefinition csi16 = read("csi-16.yaml");
    private final MeasureDefinition checkIn = read("checkin.yaml");

    private static Map<String, Integer> answers(MeasureDefinition m, int... positions) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < positions.length; i++) {
            map.put(m.items().get(i).key(), positions[i]);
        }
        return map;
    }

    @Test
    void the_seed_files_are_consistent() {
        assertThat(List.of(csi4, csi16, checkIn)).allSatisfy(m -> assertThat(m.consistencyProblems()).isEmpty());
        assertThat(csi4.items()).hasSize(4);
        assertThat(csi16.items()).hasSize(16);
    }

    @Test
    void csi4_ranges_from_0_to_21_with_the_first_item_scored_0_to_6() {
        assertThat(csi4.minTotal()).isEqualTo(0);
        assertThat(csi4.maxTotal()).isEqualTo(21);
        assertThat(csi4.items().getFirst().max()).isEqualTo(6);
        assertThat(csi4.items().subList(1, 4)).allSatisfy(i -> assertThat(i.max()).isEqualTo(5));
        assertThat(csi4.score(answers(csi4, 6, 5, 5, 5))).isEqualTo(21);
        assertThat(csi4.score(answers(csi4, 0, 0, 0, 0))).isEqualTo(0);
    }

    @Test
    void csi4_cut_off_lies_between_13_and_14() {
        // Happy (3) + Mostly True (3) + Mostly (3) + Almost Completely (4) = 13: below 13.5
        double thirteen = csi4.score(answers(csi4, 3, 3, 3, 4));
        assertThat(thirteen).isEqualTo(13);
        assertThat(csi4.belowCutoff(thirteen)).isTrue();
        double fourteen = csi4.score(answers(csi4, 4, 3, 3, 4));
        assertThat(fourteen).isEqualTo(14);
        assertThat(csi4.belowCutoff(fourteen)).isFalse();
    }

    @Test
    void csi16_item_2_shows_its_answers_in_the_authors_order_from_all_the_time_to_never() {
        MeasureDefinition.Item goingWell = csi16.item("going_well");
        assertThat(goingWell.options()).containsExactly("All the time", "Most of the time", "More often than not",
                "Occasionally", "Rarely", "Never");
        // As the authors score it: All the time 5 ... Never 0, although All the time is the leftmost position.
        assertThat(goingWell.score(0)).isEqualTo(5);
        assertThat(goingWell.score(2)).as("More often than not").isEqualTo(3);
        assertThat(goingWell.score(5)).as("Never").isEqualTo(0);
    }

    @Test
    void csi16_ranges_from_0_to_81_and_reverse_scores_item_2_and_the_word_pairs_whose_good_word_comes_first() {
        assertThat(csi16.maxTotal()).isEqualTo(81);
        assertThat(csi16.items().stream().filter(MeasureDefinition.Item::reverse).map(MeasureDefinition.Item::key))
                .containsExactly("going_well", "interesting_boring", "full_empty", "sturdy_fragile",
                        "enjoyable_miserable");
        // Best possible: Perfect, All the time (leftmost), the top answer to 3-10, the favourable word of each pair.
        assertThat(csi16.score(answers(csi16, 6, 0, 5, 5, 5, 5, 5, 5, 5, 5, 0, 5, 0, 0, 5, 0))).isEqualTo(81);
        assertThat(csi16.score(answers(csi16, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 5, 5, 0, 5))).isEqualTo(0);
    }

    @Test
    void csi16_mixed_answers_add_up_as_computed_by_hand() {
        // Item 1 Very Happy = 4; item 2 position 2 (More often than not) -> 3, reversed;
        // items 3-10: 3+4+2+3+3+2+2+3 = 22. Items 1-10: 29.
        // Word pairs (position -> score): interesting-boring 1 -> 4 (reversed), bad-good 4 -> 4,
        // full-empty 2 -> 3 (reversed), sturdy-fragile 3 -> 2 (reversed), discouraging-hopeful 3 -> 3,
        // enjoyable-miserable 1 -> 4 (reversed): 20. Total 49, below the 51.5 cut-off.
        double total = csi16.score(answers(csi16, 4, 2, 3, 4, 2, 3, 3, 2, 2, 3, 1, 4, 2, 3, 3, 1));
        assertThat(total).isEqualTo(49);
        assertThat(csi16.belowCutoff(total)).isTrue();
        assertThat(csi16.belowCutoff(52)).isFalse();
        assertThat(csi16.belowCutoff(51)).isTrue();
        // The same partner choosing "Rarely" (position 4) instead: item 2 scores 1, two less: 47.
        assertThat(csi16.score(answers(csi16, 4, 4, 3, 4, 2, 3, 3, 2, 2, 3, 1, 4, 2, 3, 3, 1))).isEqualTo(47);
    }

    @Test
    void word_pair_positions_are_named_by_the_nearest_word_never_by_a_number_that_could_contradict_the_score() {
        MeasureDefinition.Item interesting = csi16.item("interesting_boring");
        assertThat(java.util.stream.IntStream.rangeClosed(0, 5).mapToObj(interesting::label)).containsExactly(
                "Interesting", "close to Interesting", "leaning towards Interesting", "leaning towards Boring",
                "close to Boring", "Boring");
        // Reverse scored: the leftmost circle, next to Interesting, is the best answer.
        assertThat(interesting.score(0)).isEqualTo(5);
        assertThat(interesting.score(5)).isEqualTo(0);
        MeasureDefinition.Item badGood = csi16.item("bad_good");
        assertThat(badGood.label(0)).isEqualTo("Bad");
        assertThat(badGood.score(5)).as("Good, on the right, is the best answer").isEqualTo(5);
        for (MeasureDefinition.Item pair : csi16.items().subList(10, 16)) {
            for (int p = 0; p <= 5; p++) {
                assertThat(pair.label(p)).as(pair.key() + " position " + p).doesNotContainPattern("[0-9]");
            }
        }
    }

    @Test
    void the_brief_check_in_is_the_mean_of_its_three_questions() {
        assertThat(checkIn.validated()).isFalse();
        assertThat(checkIn.score(answers(checkIn, 7, 6, 5))).isEqualTo(6.0);
        assertThat(checkIn.score(answers(checkIn, 7, 7, 6))).isEqualTo(6.7);
    }

    @Test
    void a_missing_or_out_of_range_answer_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> csi4.score(answers(csi4, 3, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Please answer every question")
                .hasMessageContaining("satisfied");
        assertThatThrownBy(() -> csi4.score(answers(csi4, 7, 3, 3, 3)))
                .hasMessageContaining("between 0 and 6");
    }

    @Test
    void an_inconsistent_definition_is_reported() {
        var item = new MeasureDefinition.Item("a", null, "Question", 0, 5, List.of("one", "two"), null, null, false);
        var broken = new MeasureDefinition("broken", "Broken", "B", false, "none", null,
                MeasureDefinition.Scoring.SUM, null, null, new MeasureDefinition.Cutoff(40, "too high"), List.of(item, item));
        assertThat(broken.consistencyProblems()).anyMatch(p -> p.contains("2 options for 6 positions"))
                .anyMatch(p -> p.contains("used twice"))
                .anyMatch(p -> p.contains("outside the possible totals"));
    }
}
