package org.trustwork.safety;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The safety screen as described in seeds/measures/screens/hark.yaml: yes/no questions about the past year, its
 * source and licence, and the rule that makes a screen positive. Shown to the partner with its attribution.
 */
public record ScreenDefinition(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 1000) String citation,
        @NotBlank @Size(max = 300) String source,
        @NotBlank @Size(max = 40) String licence,
        @NotBlank @Size(max = 300) String licenceUrl,
        @NotBlank @Size(max = 600) String attribution,
        @NotBlank @Size(max = 1000) String instructions,
        @NotBlank @Size(max = 200) String period,
        @NotNull Rule positiveWhen,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Item> items) {

    public ScreenDefinition {
        items = List.copyOf(items == null ? List.of() : items);
    }

    public enum Rule {
        /** One "yes" to any item is a positive screen (HARK). */
        ANY_YES
    }

    public record Item(@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9_]+") String key,
                       @NotBlank @Size(max = 500) String text) {
    }

    /** Whether a complete set of answers (item key to yes) is positive; refuses an incomplete or foreign set. */
    public boolean isPositive(Map<String, Boolean> answers) {
        List<String> missing = items.stream().filter(i -> answers.get(i.key()) == null).map(Item::text).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Please answer every question (yes or no).");
        }
        if (answers.size() != items.size()) {
            throw new IllegalArgumentException("The answers do not match the questions.");
        }
        return switch (positiveWhen) {
            case ANY_YES -> answers.values().stream().anyMatch(Boolean::booleanValue);
        };
    }
}
