package org.trustwork.homework;

import org.trustwork.base.ClinicCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustwork.base.web.PublicUrl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustwork.base.mail.OutgoingMail;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.ReminderRecipient;
import org.trustwork.security.SystemTask;

/**
 * Once a day, tells each partner who wants it what homework is due today or still open from the last two
 * weeks. The message names the homework only; reflections and anything from sessions never go by e-mail.
 */
@Component
class HomeworkReminderJob {

    private final HomeworkOccurrenceRepository occurrences;
    private final CoupleService couples;
    private final SystemTask systemTask;
    private final ClinicCalendar calendar;
    private final OutgoingMail mailer;
    private final String appUrl;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    HomeworkReminderJob(HomeworkOccurrenceRepository occurrences, CoupleService couples, SystemTask systemTask,
                        ClinicCalendar calendar, OutgoingMail mailer, JdbcTemplate jdbc,
                        PlatformTransactionManager transactions, PublicUrl publicUrl) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(
                TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.occurrences = occurrences;
        this.couples = couples;
        this.systemTask = systemTask;
        this.calendar = calendar;
        this.mailer = mailer;
        // Reminders go out at 8 in the morning with no browser at hand: the configured address, else this machine's.
        this.appUrl = publicUrl.forBackground();
    }

    @Scheduled(cron = "${trustwork.reminders.cron:0 0 8 * * *}", zone = "#{@clinicCalendar.zone().id}")
    @SchedulerLock(name = "homework-reminders", lockAtLeastFor = "PT30S")
    void sendDailyReminders() {
        sendReminders();
    }

    /** Returns how many reminders were handed to the mail server. */
    @Transactional(readOnly = true)
    public int sendReminders() {
        LocalDate today = calendar.today();
        List<HomeworkOccurrence> open = occurrences.findOpenDueBy(today, today.minusWeeks(2));
        List<ReminderRecipient> recipients = systemTask.callAsAdmin(couples::reminderRecipients);
        int sent = 0;
        for (ReminderRecipient partner : recipients) {
            var theirs = open.stream()
                    .filter(o -> o.getAssignment().getCoupleId() == partner.coupleId()
                            && o.getAssignment().isFor(partner.accountId()))
                    .toList();
            if (theirs.isEmpty()) {
                continue;
            }
            String dueToday = titles(theirs.stream().filter(o -> o.getDueDate().equals(today)).toList());
            String overdue = titles(theirs.stream().filter(o -> o.getDueDate().isBefore(today)).toList());
            var body = new StringBuilder("Hello " + partner.displayName() + ",\n\n");
            if (!dueToday.isEmpty()) {
                body.append("Due today:\n").append(dueToday).append('\n');
            }
            if (!overdue.isEmpty()) {
                body.append("Still open from earlier days:\n").append(overdue).append('\n');
            }
            body.append("Open Trustwork to mark it done or write a reflection: ").append(appUrl).append("/my-homework\n\n")
                    .append("You can turn these reminders off on your homework page.\n");
            // At most one a day per partner, whichever instance runs the job and however often it runs.
            if (!firstToday(partner.accountId(), today)) {
                continue;
            }
            if (mailer.send(partner.email(), "Your Trustwork homework for today", body.toString())) {
                sent++;
            } else {
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "delete from reminder_sent where account_id = ? and sent_on = ?", partner.accountId(), today));
            }
        }
        return sent;
    }

    /** Claims today's reminder for the partner; false when it was claimed already (here or on another instance). */
    private boolean firstToday(long accountId, LocalDate today) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into reminder_sent (account_id, sent_on) values (?, ?)", accountId, today));
            return true;
        } catch (DataIntegrityViolationException alreadySent) {
            return false;
        }
    }

    private static String titles(List<HomeworkOccurrence> list) {
        return list.stream().map(o -> "  - " + o.getAssignment().getTitle()).distinct()
                .collect(Collectors.joining("\n", "", list.isEmpty() ? "" : "\n"));
    }
}
