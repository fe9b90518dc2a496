package org.trustwork.datarights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.couple.CoupleService;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkService;
import org.trustwork.practice.PracticeService;
import org.trustwork.security.SystemTask;
import org.trustwork.session.SessionNotesService;
import org.trustwork.session.SessionService;

/** A couple's data: exported whole (but never secrets or private notes), and deleted once retention has passed. */
@TrustworkTest
class DataRightsTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    private static final String PRIVATE_NOTE = "private working hypothesis 7731";
    private static final String SUMMARY = "We practised the weekly check-in together.";

    @Autowired
    CoupleDataExport export;
    @Autowired
    RetentionJob retention;
    @Autowired
    SystemTask systemTask;
    @Autowired
    CoupleService couples;
    @Autowired
    SessionService sessions;
    @Autowired
    SessionNotesService notes;
    @Autowired
    HomeworkService homework;
    @Autowired
    PracticeService practices;
    @Autowired
    ClinicCalendar calendar;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.trustwork.twofactor.DemoAuthenticator twoFactor;
    @Autowired
    org.trustwork.progress.CheckInService checkIns;

    private static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";

    /** A couple of Dr Rivera's with an ended, published session, private notes, and homework. */
    private long coupleWithHistory() {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        runAs.as(DemoClinic.RIVERA, () -> {
            var session = sessions.plan(coupleId, clock.instant(), 50);
            sessions.start(session.id());
            notes.save(session.id(), null, 0, PRIVATE_NOTE);
            sessions.end(session.id());
            sessions.saveSharedSummary(session.id(), SUMMARY);
            sessions.publishSummary(session.id());
            var form = homework.draftFrom(practices.bySlug("acknowledge-the-damage").orElseThrow().id());
            form.setEndDate(calendar.today().plusDays(3));
            homework.assign(coupleId, form);
            checkIns.request(coupleId, "csi-4");
            return null;
        });
        return coupleId;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void the_export_holds_the_couples_records_and_every_features_files_but_no_secrets_private_notes_or_other_couples()
            throws IOException {
        long coupleId = coupleWithHistory();
        long otherCouple = coupleWithHistory();
        long partnerId = partnerIds(coupleId).getFirst();
        systemTask.callAsAdmin(() -> {
            twoFactor.enrolWithKnownSecret(partnerId, TOTP_SECRET);
            return null;
        });

        var zip = systemTask.callAsAdmin(() -> export.export(coupleId));

        Map<String, String> files = unzip(zip.zip());
        assertThat(files).containsKeys("README.txt", "couple.json", "sessions.json", "audit.json", "homework.json",
                "checkins.json", "progress/report.pdf", "progress/data.csv");
        assertThat(files.get("sessions.json")).contains(SUMMARY).contains("\"agenda\"").contains("\"timerEvents\"")
                .contains("\"startedAt\"");
        assertThat(files.get("homework.json")).contains("\"instructions\"").contains("\"occurrences\"");
        assertThat(files.get("checkins.json")).contains("\"requests\"").contains("csi-4");
        assertThat(files.get("couple.json")).contains(coupleName(coupleId)).contains(partnerEmail(coupleId));
        assertThat(files.get("audit.json")).contains("\"kind\"");
        assertThat(files.get("README.txt")).contains("Not included: the therapist's private session notes");
        String all = String.join("\n", files.values());
        String sealedSecret = jdbc.queryForObject("select secret from two_factor where account_id = ?", String.class,
                partnerId);
        assertThat(all).doesNotContain(PRIVATE_NOTE).doesNotContain("$2a$").doesNotContain("{bcrypt}")
                .doesNotContain("passwordHash").doesNotContain("password_hash")
                .doesNotContain(TOTP_SECRET).doesNotContain(sealedSecret)
                .doesNotContain("Maya & Tom").doesNotContain("Priya & Daniel")
                .doesNotContain(partnerEmail(otherCouple)).doesNotContain(coupleName(otherCouple) + "\"");
        assertThat(jdbc.queryForList("select code_hash from recovery_code where account_id = ?", String.class, partnerId))
                .allSatisfy(hash -> assertThat(all).doesNotContain(hash));
        assertThat(jdbc.queryForList("select detail from audit_event where couple_id = ? and kind = 'EXPORT'",
                String.class, coupleId)).anySatisfy(d -> assertThat(d).startsWith("all data of the couple exported"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where couple_id = ? and kind = 'EXPORT'",
                Integer.class, otherCouple)).as("the other couple's record shows no export").isZero();
    }

    private List<Long> partnerIds(long coupleId) {
        return jdbc.queryForList("select account_id from partner where couple_id = ? order by account_id", Long.class,
                coupleId);
    }

    private String partnerEmail(long coupleId) {
        return jdbc.queryForObject("select a.email from user_account a join partner p on p.account_id = a.id"
                + " where p.couple_id = ? order by a.id limit 1", String.class, coupleId);
    }

    private String coupleName(long coupleId) {
        return jdbc.queryForObject("select display_name from couple where id = ?", String.class, coupleId);
    }

    @Test
    void only_an_admin_exports_a_couple() {
        long coupleId = clinic.coupleId("Maya & Tom");
        assertThatThrownBy(() -> runAs.as(DemoClinic.RIVERA, () -> export.export(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(DemoClinic.MAYA, () -> export.export(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void after_the_retention_period_a_closed_couples_data_is_deleted_and_they_are_anonymised_and_others_are_untouched() {
        long expiring = coupleWithHistory();
        long recent = coupleWithHistory();
        long active = coupleWithHistory();
        var partnerEmail = jdbc.queryForList("select a.email from user_account a join partner p on p.account_id = a.id"
                + " where p.couple_id = ? order by a.id", String.class, expiring).getFirst();
        systemTask.callAsAdmin(() -> couples.close(expiring));
        systemTask.callAsAdmin(() -> couples.close(recent));
        // The test profile keeps the default retention of seven years: one closed a day longer ago than that, one
        // closed a day less long ago (the clock is shared by all tests, so the dates move rather than the clock).
        var today = calendar.today();
        jdbc.update("update couple set closed_on = ? where id = ?", today.minusYears(7).minusDays(1), expiring);
        jdbc.update("update couple set closed_on = ? where id = ?", today.minusYears(7).plusDays(1), recent);

        int notesBefore = jdbc.queryForObject("select count(*) from session_note", Integer.class);

        retention.purgeExpired();

        assertThat(count("therapy_session", expiring)).isZero();
        assertThat(count("homework_assignment", expiring)).isZero();
        assertThat(count("measure_request", expiring)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from session_note", Integer.class) - notesBefore)
                .as("only the purged couple's notes are gone").isEqualTo(-1);
        assertThat(jdbc.queryForList("select detail from audit_event", String.class))
                .as("the audit trail keeps no clinical text").noneSatisfy(d -> assertThat(d).contains(PRIVATE_NOTE));
        assertThat(jdbc.queryForObject("select display_name from couple where id = ?", String.class, expiring))
                .isEqualTo("Former couple " + expiring);
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class, partnerEmail))
                .isZero();
        assertThat(jdbc.queryForList("select a.enabled from user_account a join partner p on p.account_id = a.id"
                + " where p.couple_id = ?", Boolean.class, expiring)).containsOnly(false);
        assertThat(jdbc.queryForList("select detail from audit_event where couple_id = ? and kind = 'DELETION'",
                String.class, expiring)).singleElement().asString().contains("deleted 1 session(s)");
        for (long untouched : new long[] {recent, active}) {
            assertThat(count("therapy_session", untouched)).isEqualTo(1);
            assertThat(count("homework_assignment", untouched)).isEqualTo(1);
            assertThat(count("measure_request", untouched)).isEqualTo(1);
        }
        assertThat(retention.purgeExpired()).as("nothing twice").isZero();
    }

    @Test
    void two_instances_running_the_retention_job_at_once_delete_a_couple_once() throws Exception {
        long expiring = coupleWithHistory();
        systemTask.callAsAdmin(() -> couples.close(expiring));
        jdbc.update("update couple set closed_on = ? where id = ?", calendar.today().minusYears(7).minusDays(1), expiring);

        var both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = both.submit(() -> retention.purgeExpired());
            var second = both.submit(() -> retention.purgeExpired());
            // (other tests' expired couples may be purged by the same runs: only this couple is counted)
            first.get();
            second.get();
        } finally {
            both.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'DELETION' and couple_id = ?",
                Integer.class, expiring)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from couple where id = ? and purged_at is not null",
                Integer.class, expiring)).isEqualTo(1);
    }

    private int count(String table, long coupleId) {
        return jdbc.queryForObject("select count(*) from " + table + " where couple_id = ?", Integer.class, coupleId);
    }
}
