package org.trustwork.practice;

import java.util.List;

/** A practice as the library shows it; detached from the database. */
public record PracticeInfo(long id, int number, String slug, String title, String summary, AsksOf asksOf, Phase phase,
                           List<Prompt> prompts, List<String> tags, Homework homework, String hurtPartnerPart) {

    /** A session prompt and the partner it is put to. */
    public record Prompt(Addressee to, String text) {
    }

    /** Whether the hurt partner has a part of their own in this practice (their own exercise or the whole of it). */
    public boolean hasHurtPartnerPart() {
        return hurtPartnerPart != null;
    }

    /**
     * The library's "who it asks of" filter. A practice with a part for the hurt partner is found under "Hurt
     * partner" as well as under whom it mainly asks of, so the hurt partner's own work is never hidden.
     */
    boolean asks(AsksOf who) {
        return who == null || asksOf == who || who == AsksOf.HURT_PARTNER && hasHurtPartnerPart();
    }

    public record Homework(String title, String instructions, Cadence cadence, int timesPerWeek, int minutes) {

        /** How often, in the words a partner would use. */
        public String frequency() {
            return switch (cadence) {
                case ONCE -> "Once";
                case DAILY -> "Every day";
                case WEEKLY -> timesPerWeek == 1 ? "Once a week" : timesPerWeek + " times a week";
            };
        }
    }

    static PracticeInfo of(Practice p) {
        HomeworkTemplate h = p.getHomework();
        return new PracticeInfo(p.getId(), p.getNumber(), p.getSlug(), p.getTitle(), p.getSummary(), p.getAsksOf(),
                p.getPhase(), p.getPrompts().stream().map(PracticePrompt::toInfo).toList(), List.copyOf(p.getTags()),
                new Homework(h.getTitle(), h.getInstructions(), h.getCadence(), h.getTimesPerWeek(), h.getMinutes()),
                p.getHurtPartnerPart());
    }

    boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
        return title.toLowerCase(java.util.Locale.ROOT).contains(needle)
                || summary.toLowerCase(java.util.Locale.ROOT).contains(needle)
                || hurtPartnerPart != null && hurtPartnerPart.toLowerCase(java.util.Locale.ROOT).contains(needle)
                || tags.stream().anyMatch(tag -> tag.contains(needle))
                || String.valueOf(number).equals(needle);
    }
}
