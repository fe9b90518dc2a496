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
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).containsAll(first.prompts());
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Between sessions: " + first.homework().title());
    }

    @Test
    void an_unknown_practice_address_shows_not_found() {
        navigate("practices/no-such-practice", NotFoundView.class);
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
