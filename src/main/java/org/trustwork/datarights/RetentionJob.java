package org.trustwork.datarights;

import java.security.SecureRandom;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.base.TrustworkProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLog;
import org.trustwork.audit.AuditTarget;

/**
 * Once a closed couple's retention period (trustwork.retention.closed-couples, an ISO-8601 period) has passed,
 * deletes their clinical data — sessions with agendas and notes, homework with reflections, check-ins and
 * questionnaires, emergency grants — and anonymises what must stay for the record's integrity: the couple row
 * and the two partner accounts (names and addresses replaced, sign-in impossible, second factor removed). The
 * audit trail keeps its entries, which hold no clinical text, and gains one DELETION entry per couple.
 * <p>
 * It works across the features' tables in one place, in the order their foreign keys require, so that one
 * transaction per couple either removes everything or nothing.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Period retention;
    private final ZoneId zone;

    RetentionJob(JdbcTemplate jdbc, TransactionTemplate transactions, AuditLog audit, PasswordEncoder passwordEncoder,
                 Clock clock, TrustworkProperties properties, ClinicCalendar calendar) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.retention = properties.retention().closedCouples();
        this.zone = calendar.zone();
    }

    @Scheduled(cron = "${trustwork.retention.cron:0 30 2 * * *}", zone = "#{@clinicCalendar.zone().id}")
    @SchedulerLock(name = "retention", lockAtLeastFor = "PT30S")
    void nightly() {
        int purged = purgeExpired();
        if (purged > 0) {
            log.info("Retention: deleted the data of {} closed couple(s)", purged);
        }
    }

    /** Returns how many couples were purged now. */
    int purgeExpired() {
        LocalDate closedBefore = LocalDate.now(clock.withZone(zone)).minus(retention);
        List<Long> due = jdbc.queryForList("select id from couple where status = 'CLOSED' and closed_on is not null"
                + " and closed_on <= ? and purged_at is null order by id", Long.class, closedBefore);
        int purged = 0;
        for (long coupleId : due) {
            if (Boolean.TRUE.equals(transactions.execute(status -> purge(coupleId)))) {
                purged++;
            }
        }
        return purged;
    }

    /** Purges one couple, unless it is purged already (by another instance: the couple's row is locked first). */
    private boolean purge(long coupleId) {
        List<Long> stillThere = jdbc.queryForList("select id from couple where id = ? and purged_at is null for update",
                Long.class, coupleId);
        if (stillThere.isEmpty()) {
            return false;
        }
        List<Long> partners = jdbc.queryForList("select account_id from partner where couple_id = ?", Long.class, coupleId);
        int checkIns = jdbc.update("delete from measure_response where couple_id = ?", coupleId);
        jdbc.update("delete from measure_request where couple_id = ?", coupleId);
        int homework = jdbc.update("delete from homework_assignment where couple_id = ?", coupleId);
        jdbc.update("update agenda_item set carried_from_id = null where session_id in "
                + "(select id from therapy_session where couple_id = ?)", coupleId);
        int sessions = jdbc.update("delete from therapy_session where couple_id = ?", coupleId);
        jdbc.update("delete from emergency_grant where couple_id = ?", coupleId);
        jdbc.update("delete from recovery_marker where couple_id = ?", coupleId);
        jdbc.update("delete from couple_phase where couple_id = ?", coupleId);

        for (String table : List.of("disclosure_question", "disclosure_readiness", "disclosure_agenda_item", "disclosure_role")) {
            jdbc.update("delete from " + table + " where couple_id = ?", coupleId);
        }

        jdbc.update("delete from safety_screen where couple_id = ?", coupleId);
        jdbc.update("update couple set display_name = ?, goals = null, purged_at = ? where id = ?",
                "Former couple " + coupleId, java.sql.Timestamp.from(clock.instant()), coupleId);
        for (long account : partners) {
            String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, account);
            jdbc.update("delete from two_factor where account_id = ?", account);
            jdbc.update("delete from anniversary_reminder where account_id = ?", account);
            jdbc.update("delete from anniversary_reminder_sent where account_id = ?", account);
            jdbc.update("delete from recovery_code where account_id = ?", account);
            jdbc.update("delete from invitation where account_id = ?", account);
            jdbc.update("delete from login_throttle where account_id = ? or throttle_key = ?", account, "email:" + email);
            jdbc.update("update user_account set email = ?, display_name = ?, enabled = false, password_hash = ? "
                    + "where id = ?", "former-partner-" + account + "@deleted.invalid", "Former partner",
                    passwordEncoder.encode(randomSecret()), account);
        }
        audit.recordFor(AuditKind.DELETION, null, "retention job", AuditTarget.couple(coupleId),
                "retention period " + retention + " passed: deleted " + sessions + " session(s), " + homework
                        + " homework assignment(s), " + checkIns + " check-in(s); couple and partners anonymised");
        return true;
    }

    private static String randomSecret() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }
}
