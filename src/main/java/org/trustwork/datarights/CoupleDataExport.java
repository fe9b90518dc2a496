package org.trustwork.datarights;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.account.Role;
import org.trustwork.audit.AuditFilter;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLog;
import org.trustwork.audit.AuditTarget;
import org.trustwork.audit.AuditTrail;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleExportPart;
import org.trustwork.couple.CoupleExportPart.ExportFile;
import org.trustwork.couple.CoupleService;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything Trustwork holds about one couple, as a ZIP an admin hands over or archives: JSON for the records,
 * plus the files every feature contributes ({@link CoupleExportPart}: sessions with their agendas, homework with
 * reflections, check-ins, the progress report and data), so each feature exports its own records. Private session notes are the therapist's working notes and are not part of it; the ZIP says so.
 * Password hashes and second-factor secrets never leave the database.
 */
@Service
public class CoupleDataExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final CoupleService couples;
    private final AuditTrail auditTrail;
    private final AuditLog audit;
    private final List<CoupleExportPart> parts;
    private final Clock clock;

    CoupleDataExport(CoupleService couples, AuditTrail auditTrail, AuditLog audit, List<CoupleExportPart> parts,
                     Clock clock) {
        this.couples = couples;
        this.auditTrail = auditTrail;
        this.audit = audit;
        this.parts = parts;
        this.clock = clock;
    }

    /** Exported file name and ZIP content. */
    public record Export(String fileName, byte[] zip) {
    }

    /** The name the ZIP is downloaded under. */
    public static String fileName(long coupleId) {
        return "trustwork-couple-" + coupleId + ".zip";
    }

    /** The whole export in memory (for tests and small couples); the admin's download streams instead. */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public Export export(long coupleId) {
        var bytes = new ByteArrayOutputStream();
        write(coupleId, bytes);
        return new Export(fileName(coupleId), bytes.toByteArray());
    }

    /**
     * Writes the couple's ZIP to {@code out} (the download's response) and records the export in the audit log.
     * Each feature's files are built before the first byte is written, so a failing feature fails the whole
     * export (and its audit entry rolls back) rather than handing over half a ZIP that looks complete.
     */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public void write(long coupleId, OutputStream out) {
        CoupleDetails couple = couples.coupleForExport(coupleId);
        List<ExportFile> files = new ArrayList<>();
        files.add(new ExportFile("README.txt", readme(couple).getBytes(StandardCharsets.UTF_8)));
        files.add(json("couple.json", couple));
        files.add(json("audit.json", auditTrail.search(new AuditFilter(null, null, coupleId, null, null),
                PageRequest.of(0, AuditTrail.EXPORT_MAX))));
        for (CoupleExportPart part : parts) {
            files.addAll(part.filesFor(coupleId));
        }
        audit.record(AuditKind.EXPORT, AuditTarget.couple(coupleId), "all data of the couple exported as ZIP ("
                + files.size() + " files)");
        zip(files, out);
    }

    private String readme(CoupleDetails couple) {
        return "Trustwork data export: " + couple.displayName() + " (couple " + couple.id() + ")\n"
                + "Made " + clock.instant() + ".\n\n"
                + "couple.json    the couple, their therapist and the two partner accounts (names, e-mail addresses)\n"
                + "sessions.json  every session: when it was planned, started and ended, its agenda and timings, and\n"
                + "               the summary the therapist published to the couple\n"
                + "homework.json  every homework assignment, each due day, completions and the partners' reflections\n"
                + "checkins.json  every check-in or questionnaire asked for, and each partner's answers and notes\n"
                + "progress/      the progress report (PDF) and the check-in and questionnaire figures (CSV)\n"
                + "recovery.json  the couple's phases and the days both partners can see on their timeline\n"
                + "private/       one folder per partner (partner-<account id>) with what only that partner and the\n"
                + "               therapist may see: private markers, how a practice landed. Give each folder only to\n"
                + "               its partner.\n"

                + "disclosure.json  the disclosure questions released to the involved partner, each one's outcome in\n"
                + "               session (with the written answer once answered), and the readiness checklist\n"
                + "audit.json     who opened, changed or exported this couple's records, and when\n\n"
                + "Not included: the therapist's private session notes (their working notes, not shared with the\n"
                + "couple) and session summaries drafted but never published, and passwords, second-factor secrets\n"
                + "or recovery codes, which never leave Trustwork. Nor are disclosure questions that were never released\n"
                + "(drafts, withdrawn, held or to be discussed first), suggested rewordings, or written answers not yet\n"
                + "taken up in session: each belongs to one partner and the therapist.\n\n"
                + "Each partner's safety screen (\"A few questions just for you\") is not in this export: it is a part of\n"
                + "its own, released only with that partner. The partner downloads it on their own login (Just for you,\n"
                + "Your own copy); it is never handed to the other partner or to anyone else.\n";
    }

    private static ExportFile json(String name, Object content) {
        return new ExportFile(name, JSON.writeValueAsBytes(content));
    }

    private static void zip(List<ExportFile> files, OutputStream out) {
        try (var zip = new ZipOutputStream(out)) {
            for (ExportFile file : files) {
                zip.putNextEntry(new ZipEntry(file.name()));
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
