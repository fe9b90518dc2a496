package org.trustwork.couple;

import java.util.List;

/**
 * A feature's share of a couple's data export (the data-rights ZIP). Each feature that stores something about a
 * couple contributes its own files, so the export grows with the features and nobody has to remember it.
 * <p>
 * Implementations are plain components, not services: they are called only by the export, which has already
 * checked that the caller may export this couple, and they never include another couple's data.
 */
public interface CoupleExportPart {

    /** The files for one couple; names are relative paths inside the ZIP, e.g. {@code progress/report.pdf}. */
    List<ExportFile> filesFor(long coupleId);

    /**
     * Where one partner's own private entries go (what only they and the therapist may see): a folder per partner
     * account, so whoever hands the export over can give each partner theirs and the couple's files to both.
     */
    static String privateFile(long partnerAccountId, String name) {
        return "private/partner-" + partnerAccountId + "/" + name;
    }

    record ExportFile(String name, byte[] content) {
    }
}
