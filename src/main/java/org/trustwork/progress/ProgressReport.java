package org.trustwork.progress;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** A generated progress file, ready to download. */
public record ProgressReport(String fileName, String contentType, byte[] content) {

    /** {@code progress-maya-tom-2026-11-25.pdf}: plain ASCII, so every browser and file system keeps it. */
    static String fileName(String coupleName, LocalDate day, String extension) {
        String ascii = Normalizer.normalize(coupleName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "progress-" + (slug.isEmpty() ? "couple" : slug) + "-" + day + "." + extension;
    }
}
