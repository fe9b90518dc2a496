package org.trustwork.recovery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustwork.base.mail.OutgoingMail;
import org.trustwork.base.web.PublicUrl;
import org.trustwork.base.ClinicCalendar;

/**
 * Once a day, tells each partner who asked for it that an anniversary of discovery day is coming, the chosen number
 * of days ahead. Only partners who opted in; only discovery days they can see themselves (shared, or their own
 * private one); the e-mail names the day and nothing else: no notes, nothing of the other partner's.
 */
@Component
class AnniversaryReminderJob {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final RecoveryMarkerRepository markers;
    private final ClinicCalendar calendar;
    private final OutgoingMail mailer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final String appUrl;

    AnniversaryReminderJob(RecoveryMarkerRepository markers, ClinicCalendar calendar, OutgoingMail mailer,
                           JdbcTemplate jdbc, PlatformTransactionManager transactions, PublicUrl publicUrl) {
        this.markers = markers;
        this.calendar = calendar;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.appUrl = publicUrl.forBackground();
    }

    private record Recipient(long accountId, String email, String name, long coupleId, int daysBefore) {
    }

    @Scheduled(cron = "${trustwork.reminders.cron:0 0 8 * * *}", zone = "${trustwork.clinic.time-zone:}")
    @SchedulerLock(name = "anniversary-reminders", lockAtLeastFor = "PT30S")
    void sendDailyReminders() {
        sendReminders();
    }

    /** Returns how many reminders were handed to the mail server. */
    @Transactional(readOnly = true)
    public int sendReminders() {
        LocalDate today = calendar.today();
        List<Recipient> recipients = jdbc.query("""
                select r.account_id, a.email, a.display_name, p.couple_id, r.days_before
                from anniversary_reminder r
                join user_account a on a.id = r.account_id
                join partner p on p.account_id = r.account_id
                join couple c on c.id = p.couple_id
                where a.enabled = true and c.status = 'ACTIVE'
                """, (rs, i) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5)));
        if (recipients.isEmpty()) {
            return 0;
        }
        List<RecoveryMarker> discoveries = markers.findByKind(MarkerKind.DISCOVERY_DAY);
        int sent = 0;
        for (Recipient partner : recipients) {
            LocalDate anniversary = today.plusDays(partner.daysBefore());
            boolean due = discoveries.stream().anyMatch(m -> m.getCoupleId() == partner.coupleId()
                    && m.visibleToPartner(partner.accountId()) && isAnniversary(m.getDay(), anniversary));
            if (!due || !firstFor(partner.accountId(), anniversary)) {
                continue;
            }
            String body = "Hello " + partner.name() + ",\n\n"
                    + "You asked to be reminded: " + DAY.format(anniversary) + " is an anniversary of discovery day.\n\n"
                    + "Days like this often bring feelings back, and that is normal. You might plan something kind for\n"
                    + "yourself, or talk with your therapist about the day beforehand.\n\n"
                    + "Your timeline in Trustwork: " + appUrl + "/my-story\n\n"
                    + "You can turn this reminder off on that page.\n";
            if (mailer.send(partner.email(), "A day coming up", body)) {
                sent++;
            } else {
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "delete from anniversary_reminder_sent where account_id = ? and anniversary_on = ?",
                        partner.accountId(), anniversary));
            }
        }
        return sent;
    }

    /** Whether {@code day} is a yearly return (the first or later) of {@code discovery}; 29 February falls on the 28th. */
    static boolean isAnniversary(LocalDate discovery, LocalDate day) {
        int years = day.getYear() - discovery.getYear();
        return years >= 1 && discovery.plusYears(years).equals(day);
    }

    /** Claims this anniversary's reminder for the partner; false when claimed already (here or on another instance). */
    private boolean firstFor(long accountId, LocalDate anniversary) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into anniversary_reminder_sent (account_id, anniversary_on) values (?, ?)",
                    accountId, anniversary));
            return true;
        } catch (DataIntegrityViolationException alreadySent) {
            return false;
        }
    }
}
