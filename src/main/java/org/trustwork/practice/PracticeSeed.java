package org.trustwork.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One entry of seeds/practices.yaml, checked before anything reaches the database. */
record PracticeSeed(
        @Min(1) @Max(25) int number,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
        /** Refused for agendas and homework while a partner's positive safety screen awaits its follow-up. */
        @NotNull Boolean heldBackUntilSafetyFollowUp,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 1000) String summary,
        @NotNull AsksOf asksOf,
        @NotNull Phase phase,
        @NotNull @Size(min = 3, max = 5) List<@NotNull @Valid PromptSeed> prompts,
        @NotNull @Valid HomeworkSeed homework,
        @NotNull @Size(min = 1, max = 8) List<@NotBlank @Size(max = 40) String> tags,
        // Optional: what the hurt partner does in this practice, where the article gives them a part of their own.
        @Size(max = 700) String hurtPartnerPart) {

    /** A session prompt: {@code to} says which partner it is put to, so the therapist never has to guess. */
    record PromptSeed(@NotNull Addressee to, @NotBlank @Size(max = 300) String text) {

        PracticeInfo.Prompt toInfo() {
            return new PracticeInfo.Prompt(to, text.strip());
        }
    }

    String hurtPartnerPartOrNull() {
        return hurtPartnerPart == null || hurtPartnerPart.isBlank() ? null : hurtPartnerPart.strip();
    }

    record HomeworkSeed(
            @NotBlank @Size(max = 120) String title,
            @NotBlank @Size(max = 2000) String instructions,
            @NotNull Cadence cadence,
            @Min(1) @Max(7) int timesPerWeek,
            @Min(1) @Max(240) int minutes) {

        HomeworkTemplate toTemplate() {
            return new HomeworkTemplate(title.strip(), instructions.strip(), cadence, timesPerWeek, minutes);
        }
    }
}
