package org.trustwork.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.security.SystemTask;

/**
 * The anniversary reminder goes through a real SMTP server only to a partner who asked for it, only for a discovery
 * day they can see, once per anniversary however often and wherever the job runs, and says nothing but the day.
 */
@org.trustwork.TrustworkTest
@org.trustwork.WithSmtp
class AnniversaryReminderJobTest {

    private static final String NOTE = "The day I found the second phone";

    @Autowired
    AnniversaryReminderJob job;
    @Autowired
    RecoveryService recovery;
    @Autowired
    CoupleService couples;
    @Autowired
    AccountService accounts;
    @Autowired
    SystemTask systemTask;
    @Autowired
    ClinicCalendar calendar;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private <T> T as(String email, Supplier<T> step) {
        return new RunAs(users, contextHolder).as(email, step);
    }

    private void discoveryDay(String partner, int anniversaryInDays, boolean keepPrivate, String note) {
        var form = new NewMarker();
        form.setKind(MarkerKind.DISCOVERY_DAY);
        form.setDay(calendar.today().plusDays(anniversaryInDays).minusYears(1));
        form.setNote(note);
        form.setKeepPrivate(keepPrivate);
        as(partner, () -> recovery.logMine(form));
    }

    private void remindMe(String partner, Integer daysBefore) {
        as(partner, () -> {
            recovery.setMyAnniversaryReminder(daysBefore);
            return null;
        });
    }

    private List<MimeMessage> to(String email) {
        return Arrays.stream(org.trustwork.SmtpServer.received()).filter(m -> recipient(m).equals(email)).toList();
    }

    @Test
    void only_the_partner_who_opted_in_is_reminded_once_and_the_mail_names_the_day_only() throws Exception {
        long coupleId = DemoClinic.newCouple(systemTask, accounts, couples, DemoClinic.RIVERA);
        CoupleDetails couple = as(DemoClinic.RIVERA, () -> couples.couple(coupleId));
        String optedIn = couple.partners().get(0).email();
        String notAsked = couple.partners().get(1).email();
        discoveryDay(optedIn, 3, false, NOTE);
        remindMe(optedIn, 3);

        // Two instances whose schedules fire at once, then a third run: one reminder all the same.
        var both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = both.submit(() -> job.sendReminders());
            var second = both.submit(() -> job.sendReminders());
            first.get();
            second.get();
        } finally {
            both.shutdown();
        }
        job.sendReminders();

        assertThat(to(optedIn)).hasSize(1);
        assertThat(to(notAsked)).isEmpty();
        MimeMessage mail = to(optedIn).getFirst();
        assertThat(mail.getSubject()).isEqualTo("A day coming up");
        String day = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH).format(calendar.today().plusDays(3));
        assertThat(GreenMailUtil.getBody(mail)).contains(day + " is an anniversary of discovery day")
                .contains("/my-story").doesNotContain(NOTE).doesNotContain(notAsked);
    }

    @Test
    void a_discovery_day_private_to_the_other_partner_never_reminds_this_one_and_opting_out_stops_it() {
        long coupleId = DemoClinic.newCouple(systemTask, accounts, couples, DemoClinic.RIVERA);
        CoupleDetails couple = as(DemoClinic.RIVERA, () -> couples.couple(coupleId));
        String one = couple.partners().get(0).email();
        String other = couple.partners().get(1).email();
        discoveryDay(other, 7, true, null);
        remindMe(one, 7);
        remindMe(other, 2);

        job.sendReminders();
        assertThat(to(one)).isEmpty();
        // The other partner asked for 2 days before: not today for an anniversary in 7 days.
        assertThat(to(other)).isEmpty();

        remindMe(other, 7);
        job.sendReminders();
        assertThat(to(other)).hasSize(1);
        assertThat(to(one)).isEmpty();

        long before = org.trustwork.SmtpServer.received().length;
        remindMe(one, null);
        discoveryDay(one, 7, false, null);
        job.sendReminders();
        assertThat(to(one)).isEmpty();
        assertThat(org.trustwork.SmtpServer.received()).hasSize((int) before);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
