package org.trustwork.datarights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleService;
import org.trustwork.homework.ClinicCalendar;
import org.trustwork.homework.HomeworkService;
import org.trustwork.practice.PracticeService;
import org.trustwork.security.SystemTask;
import org.trustwork.session.SessionNotesService;
import org.trustwork.session.SessionService;

/** A couple's data: exported whole (but never secrets or private notes), and deleted once retention has passed. */
@TrustworkTest
class DataRightsTest {

    private static final String PRIVATE_NOTE = "private working hypothesis 7731";
    private static final String SUMMARY = "We practised the weekly check-in together.";

    @Autowired
    CoupleDataExport export;
    @Autowired
    RetentionJob retention;
    @Autowired
    SystemTask systemTask;
    @Autowired
    AccountService accounts;
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
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    /** A couple of Dr Rivera's with an ended, published session, private notes, and homework. */
    private long coupleWithHistory() {
        long coupleId = DemoClinic.newCouple(systemTask, accounts, couples, DemoClinic.RIVERA);
        new RunAs(users, contextHolder).as(DemoClinic.RIVERA, () -> {
            var session = sessions.plan(coupleId, clock.instant(), 50);
            sessions.start(session.id());
            notes.save(session.id(), null, 0, PRIVATE_NOTE);
            sessions.end(session.id());
            sessions.saveSharedSummary(session.id(), SUMMARY);
            sessions.publishSummary(session.id());
            var form = homework.draftFrom(practices.bySlug("acknowledge-the-damage").orElseThrow().id());
            form.setEndDate(calendar.today().plusDays(3));
            homework.assign(coupleId, form);
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
    void the_export_holds_the_couples_records_and_every_features_files_but_no_secrets_or_private_notes()
            throws IOException {
        long coupleId = coupleWithHistory();

        var zip = systemTask.callAsAdmin(() -> export.export(coupleId));

        Map<String, String> files = unzip(zip.zip());
        assertThat(files).containsKeys("README.txt", "couple.json", "sessions.json", "audit.json", "homework.json",
                "progress/report.pdf", "progress/data.csv");
        assertThat(files.get("sessions.json")).contains(SUMMARY);
        assertThat(files.get("homework.json")).contains("\"instructions\"");
        assertThat(files.get("couple.json")).contains("Test couple");
        assertThat(files.get("README.txt")).contains("Not included: the therapist's private session notes");
        String all = String.join("\n", files.values());
        assertThat(all).doesNotContain(PRIVATE_NOTE).doesNotContain("$2a$").doesNotContain("{bcrypt}")
                .doesNotContain("Maya & Tom").doesNotContain("Priya & Daniel");
        assertThat(jdbc.queryForList("select detail from audit_event where couple_id = ? and kind = 'EXPORT'",
                String.class, coupleId)).anySatisfy(d -> assertThat(d).startsWith("all data of the couple exported"));
    }

    @Test
    void only_an_admin_exports_a_couple() {
        long coupleId = DemoClinic.coupleId(systemTask, couples, "Maya & Tom");
        var runAs = new RunAs(users, contextHolder);
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

        retention.purgeExpired();

        assertThat(count("therapy_session", expiring)).isZero();
        assertThat(count("homework_assignment", expiring)).isZero();
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
        }
        assertThat(retention.purgeExpired()).as("nothing twice").isZero();
    }

    private int count(String table, long coupleId) {
        return jdbc.queryForObject("select count(*) from " + table + " where couple_id = ?", Integer.class, coupleId);
    }
}
