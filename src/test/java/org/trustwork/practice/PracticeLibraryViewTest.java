package org.trustwork.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;
import org.trustwork.shell.NotFoundView;
import org.trustwork.practice.ui.PracticeLibraryView;
import org.trustwork.practice.ui.PracticeView;

@TrustworkTest
@WithUserDetails(DemoClinic.RIVERA)
class PracticeLibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    PracticeService practices;

    private List<Anchor> cards() {
        return find(Anchor.class).withClassName("tw-practice-card").all();
    }

    @Test
    void the_library_lists_all_25_practices_in_order() {
        navigate(PracticeLibraryView.class);

        assertThat(cards()).hasSize(25);
        assertThat(find(Paragraph.class).withClassName("tw-result-count").single().getText()).isEqualTo("25 practices");
    }

    @Test
    void filtering_by_phase_shows_only_that_phases_practices() {
        navigate(PracticeLibraryView.class);
        int expected = practices.search(new PracticeFilter(null, Phase.ATTACHMENT, null)).size();

        @SuppressWarnings("unchecked")
        Select<Phase> phase = find(Select.class).withLabel("Phase").single();
        test(phase).selectItem(Phase.ATTACHMENT.label());

        assertThat(cards()).hasSize(expected).hasSizeLessThan(25);
    }

    @Test
    void searching_by_a_word_from_a_title_finds_that_practice() {
        navigate(PracticeLibraryView.class);
        PracticeInfo fifth = practices.search(PracticeFilter.ALL).get(4);
        String word = longestWord(fifth.title());

        test(find(TextField.class).withLabel("Search").single()).setValue(word);

        assertThat(find(H3.class).all()).extracting(H3::getText).contains(fifth.title());
    }

    @Test
    void a_search_that_matches_nothing_says_so() {
        navigate(PracticeLibraryView.class);

        test(find(TextField.class).withLabel("Search").single()).setValue("zzzz-nothing-like-this");

        assertThat(cards()).isEmpty();
        assertThat(find(Paragraph.class).withClassName("tw-result-count").single().getText()).startsWith("No practice");
    }

    @Test
    void opening_a_practice_shows_its_prompts_and_homework() {
        PracticeInfo first = practices.search(PracticeFilter.ALL).getFirst();

        navigate("practices/" + first.slug(), PracticeView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo(first.title());
        assertThat(find(ListItem.class).withClassName("tw-prompt").all())
                .extracting(item -> item.getElement().getTextRecursively())
                .containsExactlyElementsOf(first.prompts().stream()
                        .map(p -> p.to().label() + p.to().longLabel() + ":" + p.text()).toList());
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Between sessions: " + first.homework().title());
    }

    @Test
    void an_unknown_practice_address_shows_not_found() {
        navigate("practices/no-such-practice", NotFoundView.class);
    }

    @Test
    void the_hurt_partner_filter_shows_the_practices_with_a_part_for_them_and_marks_them() {
        navigate(PracticeLibraryView.class);

        @SuppressWarnings("unchecked")
        Select<AsksOf> asksOf = find(Select.class).withLabel("Asks of").single();
        test(asksOf).selectItem(AsksOf.HURT_PARTNER.label());

        assertThat(cards()).extracting(card -> card.getElement().getTextRecursively())
                .hasSize(4).allMatch(text -> text.contains("Part for the hurt partner"));
        assertThat(find(H3.class).all()).extracting(H3::getText)
                .containsExactly(practices.search(new PracticeFilter(null, null, AsksOf.HURT_PARTNER)).stream()
                        .map(PracticeInfo::title).toArray(String[]::new));
        assertThat(find(Paragraph.class).withClassName("tw-result-count").single().getText())
                .isEqualTo("4 practices with a part for the hurt partner");

        test(asksOf).selectItem(AsksOf.INVOLVED_PARTNER.label());
        assertThat(cards()).hasSizeGreaterThan(4);
    }

    @Test
    void a_practice_with_a_part_for_the_hurt_partner_shows_it_and_each_prompt_says_whom_it_is_for() {
        PracticeInfo triggers = practices.bySlug("remove-triggers").orElseThrow();

        navigate("practices/" + triggers.slug(), PracticeView.class);

        var part = find(com.vaadin.flow.component.html.Div.class).withClassName("tw-hurt-part").single();
        assertThat(part.getElement().getTextRecursively()).startsWith("The hurt partner's own part")
                .contains("trigger moments");
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("tw-addressee").all())
                .extracting(chip -> chip.getElement().getAttribute("title"))
                .containsExactlyElementsOf(triggers.prompts().stream().map(p -> p.to().longLabel()).toList())
                .contains("For the hurt partner");
    }

    private static String longestWord(String title) {
        String longest = "";
        for (String word : title.split("[^\\p{L}]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }
}
