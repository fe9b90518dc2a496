package org.trustwork.homework;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.SmtpServer;
import org.trustwork.WithSmtp;
import org.trustwork.couple.CoupleService;
import org.trustwork.practice.Cadence;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeService;
import org.trustwork.security.SystemTask;

/** The daily reminder goes through a real SMTP server to the partners who want it, and to nobody else. */
@TrustworkTest
@WithSmtp
class HomeworkReminderJobTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    HomeworkReminderJob job;
    @Autowired
    HomeworkService homework;
    @Autowired
    CoupleService couples;
    @Autowired
    PracticeService practices;
    @Autowired
    SystemTask systemTask;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    @Test
    void partners_with_homework_due_today_get_an_e_mail_and_one_who_turned_reminders_off_does_not() throws Exception {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        var couple = runAs.as(DemoClinic.RIVERA, () -> couples.couple(coupleId));
        String wantsReminders = couple.partners().get(0).email();
        String optedOut = couple.partners().get(1).email();
        runAs.as(DemoClinic.RIVERA, () -> {
            NewHomework form = homework.draftFrom(practices.search(PracticeFilter.ALL).getFirst().id());
            form.setTitle("Ten-minute evening check-in");
            form.setCadence(Cadence.DAILY);
            form.setEndDate(form.getStartDate().plusDays(3));
            return homework.assign(coupleId, form);
        });
        runAs.as(optedOut, () -> {
            couples.setMyRemindersEnabled(false);
            return null;
        });

        job.sendReminders();

        MimeMessage[] received = SmtpServer.received();
        assertThat(Arrays.stream(received).map(m -> recipient(m))).contains(wantsReminders).doesNotContain(optedOut);
        MimeMessage mine = Arrays.stream(received).filter(m -> recipient(m).equals(wantsReminders)).findFirst()
                .orElseThrow();
        assertThat(mine.getSubject()).isEqualTo("Your Trustwork homework for today");
        assertThat(GreenMailUtil.getBody(mine)).contains("Due today:").contains("Ten-minute evening check-in");
    }

    @Test
    void the_job_run_again_the_same_day_on_another_instance_sends_nobody_a_second_reminder() throws Exception {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        String partner = runAs.as(DemoClinic.RIVERA, () -> couples.couple(coupleId)).partners().get(0).email();
        runAs.as(DemoClinic.RIVERA, () -> {
            NewHomework form = homework.draftFrom(practices.search(PracticeFilter.ALL).getFirst().id());
            form.setTitle("Morning appreciation");
            form.setCadence(Cadence.DAILY);
            form.setEndDate(form.getStartDate().plusDays(3));
            return homework.assign(coupleId, form);
        });

        // Two instances whose schedules both fire, at the same moment: each claims today's reminder first.
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

        assertThat(Arrays.stream(SmtpServer.received()).filter(m -> recipient(m).equals(partner))).hasSize(1);
    }

    /** Issue 21: a partner whose safety screen is waiting, or was positive, gets a reminder that never mentions it. */
    @Test
    void reminders_never_mention_the_safety_screen() throws Exception {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        var partners = runAs.as(DemoClinic.RIVERA, () -> couples.couple(coupleId)).partners();
        runAs.as(partners.get(0).email(), () -> {
            safety.answerMine(java.util.Map.of("humiliated", true, "afraid", true, "forced_sexual", false,
                    "physically_hurt", false));
            return null;
        });
        runAs.as(DemoClinic.RIVERA, () -> {
            NewHomework form = homework.draftFrom(practices.search(PracticeFilter.ALL).getFirst().id());
            form.setTitle("Evening walk, no phones");
            form.setCadence(Cadence.DAILY);
            form.setEndDate(form.getStartDate().plusDays(3));
            return homework.assign(coupleId, form);
        });

        job.sendReminders();

        var mails = Arrays.stream(SmtpServer.received())
                .filter(m -> partners.stream().anyMatch(p -> p.email().equals(recipient(m)))).toList();
        assertThat(mails).hasSize(2);
        for (MimeMessage mail : mails) {
            String text = mail.getSubject() + "\n" + GreenMailUtil.getBody(mail);
            assertThat(text).contains("Evening walk, no phones").doesNotContainIgnoringCase("safety")
                    .doesNotContainIgnoringCase("just for you").doesNotContainIgnoringCase("questions")
                    .doesNotContainIgnoringCase("follow-up").doesNotContain("HARK");
        }
    }

    @Autowired
    org.trustwork.safety.SafetyService safety;

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
