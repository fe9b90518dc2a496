package org.trustwork.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.base.domain.AbstractEntity;

/** One of the 25 trust-rebuilding practices. The catalogue file in seeds/ is its source of truth. */
@Entity
@Table(name = "practice")
public class Practice extends AbstractEntity {

    @Column(name = "practice_number", nullable = false, unique = true)
    private int number;

    @Column(name = "slug", nullable = false, unique = true, length = 60)
    private String slug;

    /** Held back from agendas and homework while a positive safety screen awaits the therapist's follow-up. */
    @Column(name = "held_back_until_safety_follow_up", nullable = false)
    private boolean heldBackUntilSafetyFollowUp;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", nullable = false, length = 1000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "asks_of", nullable = false, length = 20)
    private AsksOf asksOf;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "phase", nullable = false, length = 20)
    private Phase phase;

    @ElementCollection
    @CollectionTable(name = "practice_prompt", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "sort_order")
    private List<PracticePrompt> prompts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "practice_tag", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderBy
    @Column(name = "tag", nullable = false, length = 40)
    private Set<String> tags = new LinkedHashSet<>();

    @Embedded
    private HomeworkTemplate homework;

    /** The hurt partner's own part of the practice, where it has one (null otherwise). */
    @Column(name = "hurt_partner_part", length = 1000)
    private String hurtPartnerPart;

    protected Practice() {
    }

    Practice(String slug) {
        this.slug = slug;
    }

    /** Copies the seed into this row; returns whether anything changed, so an unchanged catalogue writes nothing. */
    boolean applySeed(PracticeSeed seed) {
        var newHomework = seed.homework().toTemplate();
        boolean changed = number != seed.number() || !seed.slug().equals(slug) || !seed.title().equals(title)
                || heldBackUntilSafetyFollowUp != seed.heldBackUntilSafetyFollowUp()
                || !seed.summary().equals(summary) || asksOf != seed.asksOf() || phase != seed.phase()
                || !prompts.stream().map(PracticePrompt::toInfo).toList()
                        .equals(seed.prompts().stream().map(PracticeSeed.PromptSeed::toInfo).toList())
                || !tags.equals(new LinkedHashSet<>(seed.tags()))
                || homework == null || !homework.sameAs(newHomework)
                || !java.util.Objects.equals(hurtPartnerPart, seed.hurtPartnerPartOrNull());
        if (changed) {
            number = seed.number();
            slug = seed.slug();
            heldBackUntilSafetyFollowUp = seed.heldBackUntilSafetyFollowUp();
            title = seed.title();
            summary = seed.summary();
            asksOf = seed.asksOf();
            phase = seed.phase();
            prompts.clear();
            seed.prompts().forEach(p -> prompts.add(new PracticePrompt(p.to(), p.text().strip())));
            tags.clear();
            tags.addAll(seed.tags());
            homework = newHomework;
            hurtPartnerPart = seed.hurtPartnerPartOrNull();
        }
        return changed;
    }

    public int getNumber() {
        return number;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isHeldBackUntilSafetyFollowUp() {
        return heldBackUntilSafetyFollowUp;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public AsksOf getAsksOf() {
        return asksOf;
    }

    public Phase getPhase() {
        return phase;
    }

    public String getHurtPartnerPart() {
        return hurtPartnerPart;
    }

    public List<PracticePrompt> getPrompts() {
        return prompts;
    }

    public Set<String> getTags() {
        return tags;
    }

    public HomeworkTemplate getHomework() {
        return homework;
    }
}
