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
                    .allSatisfy(prompt -> {
                        assertThat(prompt.text()).isNotBlank();
                        assertThat(prompt.to()).as("addressee of \"%s\"", prompt.text()).isNotNull();
                    });
            assertThat(p.tags()).as("tags of practice %d", p.number()).isNotEmpty();
            assertThat(p.homework().minutes()).isPositive();
        }
    }

    @Test
    void every_phase_has_practices_and_every_offered_asks_of_filter_finds_some() {
        for (Phase phase : Phase.values()) {
            assertThat(practices.search(new PracticeFilter(null, phase, null))).as(phase.name()).isNotEmpty();
        }
        assertThat(practices.asksOfInUse()).containsExactly(AsksOf.INVOLVED_PARTNER, AsksOf.HURT_PARTNER, AsksOf.BOTH);
        for (AsksOf asksOf : practices.asksOfInUse()) {
            assertThat(practices.search(new PracticeFilter(null, null, asksOf)))
                    .as(asksOf.name()).isNotEmpty()
                    .allMatch(p -> p.asksOf() == asksOf || asksOf == AsksOf.HURT_PARTNER && p.hasHurtPartnerPart());
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
        seeds.set(0, new PracticeSeed(first.number(), first.slug(), first.heldBackUntilSafetyFollowUp(), first.title(),
                "A rewritten summary.", first.asksOf(), first.phase(), first.prompts(), first.homework(), first.tags(),
                first.hurtPartnerPart()));

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
        seeds.set(1, new PracticeSeed(second.number(), seeds.getFirst().slug(), second.heldBackUntilSafetyFollowUp(), "",
                second.summary(), second.asksOf(), second.phase(), second.prompts(), second.homework(), second.tags(),
                second.hurtPartnerPart()));

        assertThatThrownBy(() -> loader.load(seeds))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is used twice")
                .hasMessageContaining("title");
    }

    @Test
    void the_hurt_partner_has_a_part_of_their_own_in_2_6_13_and_16_and_the_library_finds_exactly_those() {
        List<PracticeInfo> withPart = practices.search(PracticeFilter.ALL).stream()
                .filter(PracticeInfo::hasHurtPartnerPart).toList();

        assertThat(withPart).extracting(PracticeInfo::number).containsExactly(2, 6, 13, 16);
        assertThat(withPart).allSatisfy(p -> assertThat(p.hurtPartnerPart()).isNotBlank().doesNotStartWith(" "));
        assertThat(practices.search(new PracticeFilter(null, null, AsksOf.HURT_PARTNER)))
                .extracting(PracticeInfo::number).containsExactly(2, 6, 13, 16);
        assertThat(practices.search(new PracticeFilter("trigger moments", null, null)))
                .as("the hurt partner's part is searchable").extracting(PracticeInfo::number).contains(16);
    }

    @Test
    void each_prompt_is_stored_with_its_addressee_in_the_order_of_the_file() throws Exception {
        PracticeInfo second = practices.bySlug("let-the-hurt-be-named").orElseThrow();
        PracticeSeed seed = loader.readSeeds().get(1);

        assertThat(second.prompts()).extracting(PracticeInfo.Prompt::to).containsExactly(Addressee.INVOLVED_PARTNER,
                Addressee.INVOLVED_PARTNER, Addressee.HURT_PARTNER, Addressee.INVOLVED_PARTNER, Addressee.HURT_PARTNER);
        assertThat(second.prompts()).extracting(PracticeInfo.Prompt::text)
                .containsExactlyElementsOf(seed.prompts().stream().map(p -> p.text().strip()).toList());
        assertThat(practices.search(PracticeFilter.ALL).stream().flatMap(p -> p.prompts().stream())
                .map(PracticeInfo.Prompt::to).distinct()).as("all three addressees are used")
                .containsExactlyInAnyOrder(Addressee.values());
    }

    @Test
    @Transactional
    void a_changed_addressee_or_hurt_partner_part_in_the_file_updates_the_row() throws Exception {
        List<PracticeSeed> seeds = new ArrayList<>(loader.readSeeds());
        PracticeSeed first = seeds.getFirst();
        assertThat(first.hurtPartnerPart()).as("no. 1 has no part of its own yet").isNull();
        var prompts = new ArrayList<>(first.prompts());
        prompts.set(0, new PracticeSeed.PromptSeed(Addressee.HURT_PARTNER, prompts.getFirst().text()));
        seeds.set(0, new PracticeSeed(first.number(), first.slug(), first.heldBackUntilSafetyFollowUp(), first.title(),
                first.summary(), first.asksOf(),
                first.phase(), prompts, first.homework(), first.tags(), "  Write only what you want to.  "));

        assertThat(loader.load(seeds).updated()).isEqualTo(1);

        Practice row = repository.findBySlug(first.slug()).orElseThrow();
        assertThat(row.getPrompts().getFirst().getAddressee()).isEqualTo(Addressee.HURT_PARTNER);
        assertThat(row.getPrompts().get(1).getAddressee()).isEqualTo(first.prompts().get(1).to());
        assertThat(row.getHurtPartnerPart()).isEqualTo("Write only what you want to.");
        assertThat(loader.load(seeds).updated()).as("loading it again writes nothing").isZero();
    }

    @Test
    void a_prompt_without_an_addressee_is_refused_with_the_reason() throws Exception {
        List<PracticeSeed> seeds = new ArrayList<>(loader.readSeeds());
        PracticeSeed third = seeds.get(2);
        var prompts = new ArrayList<>(third.prompts());
        prompts.set(1, new PracticeSeed.PromptSeed(null, prompts.get(1).text()));
        seeds.set(2, new PracticeSeed(third.number(), third.slug(), third.heldBackUntilSafetyFollowUp(), third.title(),
                third.summary(), third.asksOf(),
                third.phase(), prompts, third.homework(), third.tags(), "x".repeat(701)));

        assertThatThrownBy(() -> loader.load(seeds))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("practice 3: prompts[1].to")
                .hasMessageContaining("practice 3: hurtPartnerPart");
    }

    @Test
    void the_clinical_review_of_issue_21_is_in_the_catalogue() {
        java.util.Map<Integer, PracticeInfo> byNumber = practices.search(PracticeFilter.ALL).stream()
                .collect(java.util.stream.Collectors.toMap(PracticeInfo::number, p -> p));
        // Early containment work, in both the Gottman and the Baucom/Snyder/Gordon models.
        for (int early : List.of(5, 6, 12, 19)) {
            assertThat(byNumber.get(early).phase()).as("phase of %d", early).isEqualTo(Phase.ATONEMENT);
        }
        assertThat(byNumber.get(24).asksOf()).as("no. 24 speaks to the partner who broke trust")
                .isEqualTo(AsksOf.INVOLVED_PARTNER);
        assertThat(byNumber.get(24).summary()).contains("not pride");
        assertThat(byNumber.get(17).homework().instructions()).contains("Don't swap the lists at home")
                .contains("therapist reads them first");
        assertThat(byNumber.get(19).homework().instructions()).doesNotContain("or a trusted friend")
                .contains("without their consent");
        assertThat(byNumber.get(10).homework().instructions()).contains("may say no").contains("review date");
        assertThat(byNumber.get(22).summary()).contains("policy on secrets and individual sessions");
        assertThat(byNumber.get(2).homework().instructions()).as("no. 2 no longer needs a word only no. 5 sets up")
                .doesNotContain("your agreed pause word").contains("I need a pause");
        assertThat(byNumber.get(6).prompts()).extracting(PracticeInfo.Prompt::text)
                .noneMatch(t -> t.contains("Can we not do this now"));
    }
}
