package org.trustwork.recovery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trustwork.practice.Phase;

/**
 * A couple's story over time as one viewer may see it: the phases their therapist set and the markers (with the
 * yearly anniversaries of each discovery day generated from it). Already filtered for whoever asked.
 */
public record Timeline(List<PhasePeriod> phases, List<Marker> markers) {

    /** How long after a marker a drop in a score is said to follow it. */
    public static final int AFTER_DAYS = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public static final Timeline EMPTY = new Timeline(List.of(), List.of());

    public Timeline {
        phases = List.copyOf(phases);
        markers = List.copyOf(markers);
    }

    /** A phase from a day until the day before the next one ({@code until} null: still the couple's phase). */
    public record PhasePeriod(Phase phase, LocalDate from, LocalDate until) {
    }

    /**
     * One marker. {@code id} is null for a generated anniversary; {@code privateTo} is the one partner who may see
     * it besides the therapist (null: both partners); {@code mine}: logged by the viewer.
     */
    public record Marker(Long id, MarkerKind kind, LocalDate day, String note, String loggedBy, Long privateTo,
                         String privateToName, int anniversaryYears, boolean mine) {

        public boolean anniversary() {
            return anniversaryYears > 0;
        }

        public boolean isPrivate() {
            return privateTo != null;
        }

        /** "Trigger episode", or "Anniversary of discovery day" (with the number of years from the second on). */
        public String label() {
            if (!anniversary()) {
                return kind.label();
            }
            return "Anniversary of discovery day" + (anniversaryYears > 1 ? " (" + anniversaryYears + " years)" : "");
        }

        /** "after the anniversary of discovery day (3 Mar 2026)": how a signal names it. */
        public String afterPhrase() {
            String l = label();
            return "after " + (anniversary() ? "the a" + l.substring(1) : "the " + Character.toLowerCase(l.charAt(0))
                    + l.substring(1)) + " (" + DAY.format(day) + ")";
        }
    }

    /** Without anything private to one partner: for a partner-facing or handed-over copy. */
    public Timeline sharedOnly() {
        return new Timeline(phases, markers.stream().filter(m -> !m.isPrivate()).toList());
    }

    public Optional<Phase> phaseOn(LocalDate day) {
        return phases.stream().filter(p -> !p.from().isAfter(day) && (p.until() == null || !p.until().isBefore(day)))
                .map(PhasePeriod::phase).findFirst();
    }

    /** The latest marker on the day or in the {@value #AFTER_DAYS} days before it, if any. */
    public Optional<Marker> shortlyBefore(LocalDate day) {
        return markers.stream()
                .filter(m -> !m.day().isAfter(day) && !m.day().isBefore(day.minusDays(AFTER_DAYS)))
                .max(Comparator.comparing(Marker::day));
    }

    /** Markers on charts: past and today's (an anniversary a year ahead is not history yet). */
    public List<Marker> until(LocalDate day) {
        return markers.stream().filter(m -> !m.day().isAfter(day)).toList();
    }

    /** Contact from the affair partner logged on or after a day: the therapist's alert. */
    public List<Marker> contactSince(LocalDate day) {
        return markers.stream().filter(m -> m.kind() == MarkerKind.AFFAIR_PARTNER_CONTACT && !m.day().isBefore(day))
                .toList();
    }
}
