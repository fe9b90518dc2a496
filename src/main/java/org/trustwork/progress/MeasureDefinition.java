package org.trustwork.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instrument as described in seeds/measures/*.yaml: its items, their response scales, which items are
 * reverse scored, how a total is formed and where the distress cut-off lies. Scoring is driven entirely
 * by this data, so a clinic can add an instrument without programming.
 */
public record MeasureDefinition(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) String shortName,
        Boolean validated,
        @NotBlank @Size(max = 1000) String citation,
        @Size(max = 1000) String instructions,
        @NotNull Scoring scoring,
        @Size(max = 200) String noteLabel,
        @Size(max = 80) String higherMeans,
        @Valid Cutoff cutoff,
        @NotEmpty @Size(max = 60) List<@Valid @NotNull Item> items) {

    public MeasureDefinition {
        validated = validated != null && validated;
    }

    public enum Scoring {
        /** The item scores added up (e.g. the CSI). */
        SUM,
        /** The average item score, rounded to one decimal (e.g. the brief check-in). */
        MEAN
    }

    /**
     * Where a total is flagged: below {@code below} (e.g. the CSI: low satisfaction) or at {@code atLeast} and
     * above (e.g. the PCL-5: high distress). Exactly one of the two is given.
     */
    public record Cutoff(Double below, Double atLeast, @NotBlank @Size(max = 200) String label) {

        public Cutoff(double below, String label) {
            this(below, null, label);
        }

        /** The total where the flag starts, for the line on a chart. */
        public double line() {
            return below != null ? below : atLeast;
        }

        public boolean flags(double total) {
            return below != null ? total < below : total >= atLeast;
        }

        /** "below" or "at or above": which side of {@link #line()} is flagged. */
        public String flaggedSide() {
            return below != null ? "below" : "at or above";
        }

        public String otherSide() {
            return below != null ? "at or above" : "below";
        }
    }

    /**
     * An item answered by choosing a position on a scale from {@code min} to {@code max}, counted from the
     * left as the partner sees it. {@code options} labels each position; without options the two ends carry
     * {@code lowLabel} and {@code highLabel}. A reverse-scored item counts a position p as min + max - p.
     */
    public record Item(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9_]+") String key,
            @Size(max = 1000) String intro,
            @NotBlank @Size(max = 500) String text,
            @Min(0) @Max(100) int min,
            @Min(1) @Max(100) int max,
            List<@NotBlank @Size(max = 80) String> options,
            @Size(max = 80) String lowLabel,
            @Size(max = 80) String highLabel,
            Boolean reverse) {

        public Item {
            reverse = reverse != null && reverse;
        }

        public int score(int position) {
            if (position < min || position > max) {
                throw new IllegalArgumentException("An answer to \"" + text + "\" must be between " + min
                        + " and " + max);
            }
            return reverse ? min + max - position : position;
        }

        /**
         * The name of one position, for forms and reports. Word-pair rows (no options) get no number: a number
         * would not match the score on a reverse-scored row, so a position is named by the word it lies nearest
         * ("close to Interesting"), as the authors' blank circles leave it.
         */
        public String label(int position) {
            if (options != null && !options.isEmpty()) {
                return options.get(position - min);
            }
            if (lowLabel == null || highLabel == null) {
                return String.valueOf(position);
            }
            int fromLow = position - min;
            int fromHigh = max - position;
            String word = fromLow <= fromHigh ? lowLabel : highLabel;
            int distance = Math.min(fromLow, fromHigh);
            return distance == 0 ? word : distance == 1 ? "close to " + word : "leaning towards " + word;
        }

        public boolean hasOptions() {
            return options != null && !options.isEmpty();
        }
    }

    public boolean allowsNote() {
        return noteLabel != null && !noteLabel.isBlank();
    }

    public double minTotal() {
        return scoring == Scoring.SUM ? items.stream().mapToInt(Item::min).sum()
                : items.stream().mapToInt(Item::min).min().orElse(0);
    }

    public double maxTotal() {
        return scoring == Scoring.SUM ? items.stream().mapToInt(Item::max).sum()
                : items.stream().mapToInt(Item::max).max().orElse(0);
    }

    public Item item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item " + key + " in " + code));
    }

    /** The total of a complete set of answers (item key to chosen position); every item must be answered. */
    public double score(Map<String, Integer> positions) {
        List<String> missing = new ArrayList<>();
        int sum = 0;
        for (Item item : items) {
            Integer position = positions.get(item.key());
            if (position == null) {
                missing.add(item.text());
            } else {
                sum += item.score(position);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Please answer every question. Not answered yet: "
                    + String.join("; ", missing));
        }
        if (positions.size() != items.size()) {
            throw new IllegalArgumentException("The answers do not match the questions of " + shortName);
        }
        return switch (scoring) {
            case SUM -> sum;
            case MEAN -> Math.round(10.0 * sum / items.size()) / 10.0;
        };
    }

    /** Whether the total is below a "below" cut-off (the CSI's kind); see {@link #beyondCutoff} for either kind. */
    public boolean belowCutoff(double total) {
        return cutoff != null && cutoff.below() != null && total < cutoff.below();
    }

    /** Whether the total lies on the flagged side of the cut-off, whichever way the instrument points. */
    public boolean beyondCutoff(double total) {
        return cutoff != null && cutoff.flags(total);
    }

    /** "below the cut-off" / "at or above the cut-off" for a total, as reports word it. */
    public String sideOfCutoff(double total) {
        return (beyondCutoff(total) ? cutoff.flaggedSide() : cutoff.otherSide()) + " the cut-off";
    }

    /** Problems a loader reports beyond field rules: option counts, duplicate keys, ranges. */
    List<String> consistencyProblems() {
        List<String> problems = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Item item : items == null ? List.<Item>of() : items) {
            if (item == null) {
                continue;
            }
            if (!keys.add(item.key())) {
                problems.add("item key " + item.key() + " is used twice");
            }
            if (item.max() <= item.min()) {
                problems.add("item " + item.key() + ": max must be greater than min");
            }
            if (item.hasOptions() && item.options().size() != item.max() - item.min() + 1) {
                problems.add("item " + item.key() + ": " + item.options().size() + " options for "
                        + (item.max() - item.min() + 1) + " positions");
            }
            if (!item.hasOptions() && (item.lowLabel() == null || item.highLabel() == null)) {
                problems.add("item " + item.key() + ": needs either options or both lowLabel and highLabel");
            }
        }
        if (cutoff != null && (cutoff.below() == null) == (cutoff.atLeast() == null)) {
            problems.add("the cut-off needs exactly one of below or atLeast");
        } else if (cutoff != null && items != null && !items.isEmpty()
                && (cutoff.line() <= minTotal() || cutoff.line() > maxTotal())) {
            problems.add("the cut-off " + cutoff.line() + " lies outside the possible totals");
        }
        return problems;
    }
}
