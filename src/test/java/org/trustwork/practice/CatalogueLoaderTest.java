package org.trustwork.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;

@TrustworkTest
@WithUserDetails(DemoClinic.RIVERA)
class CatalogueLoaderTest {

    @Autowired
    CatalogueLoader loader;
    @Autowired
    PracticeService practices;
    @Autowired
    PracticeRepository repository;

    @Test
    void all_25_practices_load_with_unique_numbers_and_slugs_and_no_empty_field() {
        List<PracticeInfo> all = practices.search(PracticeFilter.ALL);

        assertThat(all).extracting(PracticeInfo::number).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 25).boxed().toList());
        assertThat(new HashSet<>(all.stream().map(PracticeInfo::slug).toList())).hasSize(25);
        for (PracticeInfo p : all) {
            assertThat(List.of(p.slug(), p.title(), p.summary(), p.homework().title(), p.homework().instructions()))
                    .as("text fields of practice %d", p.number()).allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(p.prompts()).as("prompts of practice %d", p.number()).hasSizeBetween(3, 5)
                    .allSatisfy(prompt -> assertThat(prompt).isNotBlank());
            assertThat(p.tags()).as("tags of practice %d", p.number()).isNotEmpty();
            assertThat(p.homework().minutes()).isPositive();
        }
    }

    @Test
    void every_phase_has_practices_and_every_offered_asks_of_filter_finds_some() {
        for (Phase phase : Phase.values()) {
            assertThat(practices.search(new PracticeFilter(null, phase, null))).as(phase.name()).isNotEmpty();
        }
        assertThat(practices.asksOfInUse()).contains(AsksOf.INVOLVED_PARTNER, AsksOf.BOTH);
        for (AsksOf asksOf : practices.asksOfInUse()) {
            assertThat(practices.search(new PracticeFilter(null, null, asksOf)))
                    .as(asksOf.name()).isNotEmpty().allMatch(p -> p.asksOf() == asksOf);
        }
    }

    @Test
    @Transactional
    void loading_the_same_file_again_changes_nothing() throws Exception {
        List<Long> versionsBefore = repository.findAllWithDetails().stream().map(Practice::getVersion).toList();

        CatalogueLoader.LoadResult again = loader.load(loader.readSeeds());

        assertThat(again).isEqualTo(new CatalogueLoader.LoadResult(25, 0, 0));
        assertThat(repository.findAllWithDetails().stream().map(Practice::getVersion).toList())
                .isEqualTo(versionsBefore);
    }

    @Test
    @Transactional
    void an_edited_practice_in_the_file_updates_its_row_and_keeps_its_id() throws Exception {
        List<PracticeSeed> seeds = new ArrayList<>(loader.readSeeds());
        PracticeSeed first = seeds.getFirst();
        long idBefore = repository.findBySlug(first.slug()).orElseThrow().getId();
        seeds.set(0, new PracticeSeed(first.number(), first.slug(), first.heldBackUntilSafetyFollowUp(), first.title(), "A rewritten summary.",
                first.asksOf(), first.phase(), first.prompts(), first.homework(), first.tags()));

        CatalogueLoader.LoadResult result = loader.load(seeds);

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.added()).isZero();
        Practice row = repository.findBySlug(first.slug()).orElseThrow();
        assertThat(row.getSummary()).isEqualTo("A rewritten summary.");
        assertThat(row.getId()).isEqualTo(idBefore);
    }

    @Test
    void a_catalogue_with_a_duplicate_slug_or_an_empty_title_is_refused_with_the_reason() throws Exception {
        List<PracticeSeed> seeds = new ArrayList<>(loader.readSeeds());
        PracticeSeed second = seeds.get(1);
        seeds.set(1, new PracticeSeed(second.number(), seeds.getFirst().slug(), second.heldBackUntilSafetyFollowUp(), "", second.summary(),
                second.asksOf(), second.phase(), second.prompts(), second.homework(), second.tags()));

        assertThatThrownBy(() -> loader.load(seeds))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is used twice")
                .hasMessageContaining("title");
    }
}
