package org.trustwork.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.datarights.CoupleDataExport;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkException;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.HomeworkViews.PartnerTask;
import org.trustwork.homework.HowItLanded;
import org.trustwork.homework.NewHomework;
import org.trustwork.practice.Cadence;
import org.trustwork.practice.Phase;
import org.trustwork.practice.PracticeService;
import org.trustwork.progress.CheckInService;
import org.trustwork.progress.ProgressException;
import org.trustwork.progress.ProgressService;
import org.trustwork.progress.ProgressViews.SignalKind;
import org.trustwork.security.SystemTask;

/**
 * The privacy rules of the couple's story, each tried by every wrong person: the other partner for what is private
 * to one, another couple's partner, another therapist, an admin, through the services, the progress report, the
 * dashboard, the caseload and the couple's data export.
 */
@TrustworkTest
class RecoveryPrivacyTest {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
    private static final String TRIGGER_NOTE = "Saw the hotel sign on the way to work";
    private static final String CONTACT_NOTE = "She sent a message at midnight";
    private static final String LANDING_NOTE = "He rushed through it and looked at his phone";

    @Autowired
    RecoveryService recovery;
    @Autowired
    HomeworkService homework;
    @Autowired
    ProgressService progress;
    @Autowired
    CheckInService checkIns;
    @Autowired
    CoupleService couples;
    @Autowired
    AccountService accounts;
    @Autowired
    PracticeService practices;
    @Autowired
    CoupleDataExport export;
    @Autowired
    SystemTask systemTask;
    @Autowired
    ClinicCalendar calendar;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    long coupleId;
    CoupleDetails couple;
    /** The partner who logs private things in these tests, and the other partner of the same couple. */
    String hurt;
    String involved;
    long hurtId;
    long involvedId;
    String otherCouplesPartner;

    private <T> T as(String email, Supplier<T> step) {
        return new RunAs(users, contextHolder).as(email, step);
    }

    private void as(String email, Runnable step) {
        as(email, () -> {
            step.run();
            return null;
        });
    }

    @BeforeEach
    void twoCouples() {
        coupleId = DemoClinic.newCouple(systemTask, accounts, couples, DemoClinic.RIVERA);
        couple = as(DemoClinic.RIVERA, () -> couples.couple(coupleId));
        hurt = couple.partners().get(0).email();
        hurtId = couple.partners().get(0).accountId();
        involved = couple.partners().get(1).email();
        involvedId = couple.partners().get(1).accountId();
        long other = DemoClinic.newCouple(systemTask, accounts, couples, DemoClinic.RIVERA);
        otherCouplesPartner = as(DemoClinic.RIVERA, () -> couples.couple(other)).partners().get(0).email();
    }

    private NewMarker marker(MarkerKind kind, int daysAgo, String note, boolean keepPrivate) {
        var form = new NewMarker();
        form.setKind(kind);
        form.setDay(calendar.today().minusDays(daysAgo));
        form.setNote(note);
        form.setKeepPrivate(keepPrivate);
        return form;
    }

    private static boolean hasNote(Timeline timeline, String note) {
        return timeline.markers().stream().anyMatch(m -> note.equals(m.note()));
    }

    @Test
    void a_trigger_kept_private_reaches_only_its_partner_and_the_therapist_by_no_route() {
        long trigger = as(hurt, () -> recovery.logMine(marker(MarkerKind.TRIGGER, 1, TRIGGER_NOTE, true)));
        as(hurt, () -> recovery.logMine(marker(MarkerKind.DISCOVERY_DAY, 400, "The day I found the messages", false)));

        Timeline own = as(hurt, () -> recovery.myTimeline());
        assertThat(hasNote(own, TRIGGER_NOTE)).isTrue();
        Timeline partners = as(involved, () -> recovery.myTimeline());
        assertThat(partners.markers()).extracting(Timeline.Marker::kind).contains(MarkerKind.DISCOVERY_DAY)
                .doesNotContain(MarkerKind.TRIGGER);
        assertThat(hasNote(partners, TRIGGER_NOTE)).isFalse();
        assertThat(as(otherCouplesPartner, () -> recovery.myTimeline()).markers()).isEmpty();

        Timeline therapists = as(DemoClinic.RIVERA, () -> recovery.timeline(coupleId));
        assertThat(therapists.markers()).filteredOn(m -> m.kind() == MarkerKind.TRIGGER).singleElement()
                .satisfies(m -> {
                    assertThat(m.note()).isEqualTo(TRIGGER_NOTE);
                    assertThat(m.privateToName()).isEqualTo(couple.partners().get(0).displayName());
                });
        for (String wrong : List.of(DemoClinic.OKAFOR, DemoClinic.ADMIN, involved, otherCouplesPartner)) {
            assertThatThrownBy(() -> as(wrong, () -> recovery.timeline(coupleId)))
                    .as(wrong).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(DemoClinic.OKAFOR, () -> recovery.timelines(List.of(coupleId))).get(coupleId).markers()).isEmpty();
        assertThatThrownBy(() -> as(involved, () -> recovery.remove(trigger))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.RIVERA, () -> recovery.remove(trigger)))
                .isInstanceOf(AccessDeniedException.class);

        // The therapist's own dashboard shows it; a report to go through with the couple does not.
        assertThat(as(DemoClinic.RIVERA, () -> progress.dashboard(coupleId)).timeline().markers())
                .anyMatch(m -> m.kind() == MarkerKind.TRIGGER);
        String shareable = text(as(DemoClinic.RIVERA, () -> progress.reportPdf(coupleId, false)).content());
        assertThat(shareable).contains("Phases and marked days").contains("Discovery day")
                .doesNotContain("Trigger episode").doesNotContain(TRIGGER_NOTE);
        String forTheRecord = text(as(DemoClinic.RIVERA, () -> progress.reportPdf(coupleId, true)).content());
        assertThat(forTheRecord).contains("Trigger episode (private to").doesNotContain(TRIGGER_NOTE);
        assertThat(new String(as(DemoClinic.RIVERA, () -> progress.reportCsv(coupleId)).content(),
                StandardCharsets.UTF_8)).doesNotContain(TRIGGER_NOTE).doesNotContain("Trigger");

        // The couple's export: the couple's files hold the shared days only; the trigger is in its partner's folder.
        Map<String, String> files = unzip(systemTask.callAsAdmin(() -> export.export(coupleId)).zip());
        assertThat(files.get("recovery.json")).contains("Discovery day").doesNotContain(TRIGGER_NOTE)
                .doesNotContain("Trigger");
        assertThat(files.get("private/partner-" + hurtId + "/private-markers.json")).contains(TRIGGER_NOTE);
        files.forEach((name, content) -> {
            if (!name.startsWith("private/partner-" + hurtId + "/")) {
                assertThat(content).as(name).doesNotContain(TRIGGER_NOTE);
            }
        });
        assertThat(text(files.get("progress/report.pdf").getBytes(StandardCharsets.ISO_8859_1)))
                .doesNotContain("Trigger episode");
        assertThat(files.get("README.txt")).contains("Give each folder only to");
    }

    @Test
    void contact_from_the_affair_partner_is_always_private_and_alerts_only_the_couples_therapist() {
        // Asked to be shared: contact from the affair partner is private whatever the form said.
        as(involved, () -> recovery.logMine(marker(MarkerKind.AFFAIR_PARTNER_CONTACT, 0, CONTACT_NOTE, false)));

        assertThat(hasNote(as(hurt, () -> recovery.myTimeline()), CONTACT_NOTE)).isFalse();
        assertThat(as(hurt, () -> recovery.myTimeline()).markers())
                .noneMatch(m -> m.kind() == MarkerKind.AFFAIR_PARTNER_CONTACT);
        assertThat(as(involved, () -> recovery.myTimeline()).markers())
                .anyMatch(m -> m.kind() == MarkerKind.AFFAIR_PARTNER_CONTACT && m.isPrivate());

        var row = as(DemoClinic.RIVERA, () -> progress.caseload(null)).stream()
                .filter(r -> r.coupleId() == coupleId).findFirst().orElseThrow();
        assertThat(row.signals()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(SignalKind.AFFAIR_PARTNER_CONTACT);
            assertThat(s.text()).startsWith(couple.partners().get(1).displayName() + " logged contact")
                    .doesNotContain(CONTACT_NOTE);
        });
        assertThat(as(DemoClinic.OKAFOR, () -> progress.caseload(null))).noneMatch(r -> r.coupleId() == coupleId);
        // The shareable report names no signal built on it.
        assertThat(text(as(DemoClinic.RIVERA, () -> progress.reportPdf(coupleId, false)).content()))
                .doesNotContain("affair partner on");
        Map<String, String> files = unzip(systemTask.callAsAdmin(() -> export.export(coupleId)).zip());
        assertThat(files.get("recovery.json")).doesNotContain(CONTACT_NOTE).doesNotContain("affair partner");
        assertThat(files.get("private/partner-" + involvedId + "/private-markers.json")).contains(CONTACT_NOTE);
        assertThat(files.keySet()).noneMatch(name -> name.startsWith("private/partner-" + hurtId + "/private-markers"));
    }

    /** One-partner daily homework for the involved partner (as #9's daily open account would be), done once. */
    private long doneByInvolved() {
        as(DemoClinic.RIVERA, () -> {
            NewHomework form = homework.draftFrom(practices.bySlug("acknowledge-the-damage").orElseThrow().id());
            form.setTitle("Daily open account");
            form.setCadence(Cadence.DAILY);
            form.setAssigneeAccountId(involvedId);
            form.setEndDate(calendar.today().plusDays(3));
            return homework.assign(coupleId, form);
        });
        long occurrence = as(involved, () -> homework.myCurrentTasks().stream()
                .filter(t -> t.dueDate().equals(calendar.today())).findFirst().orElseThrow().occurrenceId());
        as(involved, () -> homework.markDone(occurrence));
        return occurrence;
    }

    private PartnerTask involvedsTask(long occurrence) {
        return as(involved, () -> homework.myCurrentTasks().stream().filter(t -> t.occurrenceId() == occurrence)
                .findFirst().orElseThrow());
    }

    @Test
    void how_a_practice_landed_is_for_the_therapist_unless_shared_and_the_one_who_did_it_sees_no_unconfirmed_mark() {
        long occurrence = doneByInvolved();
        PartnerTask beforeAnyAnswer = involvedsTask(occurrence);

        assertThat(as(hurt, () -> homework.myPartnersPractice())).singleElement()
                .satisfies(p -> assertThat(p.myAnswer()).isNull());
        as(hurt, () -> homework.sayHowItLanded(occurrence, HowItLanded.DID_NOT_LAND, LANDING_NOTE, false));

        // Not shared: the one who did it sees exactly what they saw before the answer, nothing "unconfirmed".
        PartnerTask afterUnsharedAnswer = involvedsTask(occurrence);
        assertThat(afterUnsharedAnswer.landingSharedWithMe()).isNull();
        assertThat(afterUnsharedAnswer).isEqualTo(beforeAnyAnswer);
        assertThat(as(involved, () -> homework.myPartnersPractice())).isEmpty();

        var log = as(DemoClinic.RIVERA, () -> homework.twoSidedLog(coupleId));
        assertThat(log.entries()).singleElement().satisfies(e -> {
            assertThat(e.differs()).isTrue();
            assertThat(e.note()).isEqualTo(LANDING_NOTE);
            assertThat(e.sharedWithDoer()).isFalse();
        });
        for (String wrong : List.of(DemoClinic.OKAFOR, DemoClinic.ADMIN, hurt, involved)) {
            assertThatThrownBy(() -> as(wrong, () -> homework.twoSidedLog(coupleId)))
                    .as(wrong).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(DemoClinic.OKAFOR, () -> homework.landingFacts(List.of(coupleId), calendar.today().minusDays(14))))
                .isEmpty();
        assertThatThrownBy(() -> as(otherCouplesPartner, () -> homework.sayHowItLanded(occurrence,
                HowItLanded.LANDED, "not mine", true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(involved, () -> homework.sayHowItLanded(occurrence, HowItLanded.LANDED, null,
                true))).isInstanceOf(HomeworkException.class);

        Map<String, String> files = unzip(systemTask.callAsAdmin(() -> export.export(coupleId)).zip());
        assertThat(files.get("private/partner-" + hurtId + "/how-it-landed.json")).contains(LANDING_NOTE);
        files.forEach((name, content) -> {
            if (!name.startsWith("private/partner-" + hurtId + "/")) {
                assertThat(content).as(name).doesNotContain(LANDING_NOTE);
            }
        });

        // Shared: now the one who did it reads it, on their own homework.
        as(hurt, () -> homework.sayHowItLanded(occurrence, HowItLanded.LANDED, "Thank you for this", true));
        assertThat(involvedsTask(occurrence).landingSharedWithMe()).satisfies(l -> {
            assertThat(l.landed()).isEqualTo(HowItLanded.LANDED);
            assertThat(l.note()).isEqualTo("Thank you for this");
            assertThat(l.authorName()).isEqualTo(couple.partners().get(0).displayName());
        });
    }

    @Test
    void a_practice_not_done_yet_cannot_be_answered() {
        as(DemoClinic.RIVERA, () -> {
            NewHomework form = homework.draftFrom(practices.bySlug("acknowledge-the-damage").orElseThrow().id());
            form.setCadence(Cadence.DAILY);
            form.setAssigneeAccountId(involvedId);
            form.setEndDate(calendar.today().plusDays(2));
            return homework.assign(coupleId, form);
        });
        long open = as(involved, () -> homework.myCurrentTasks().getFirst().occurrenceId());
        assertThatThrownBy(() -> as(hurt, () -> homework.sayHowItLanded(open, HowItLanded.LANDED, null, false)))
                .isInstanceOf(HomeworkException.class).hasMessageContaining("once your partner has marked it done");
    }

    @Test
    void the_therapist_sets_the_phase_both_partners_see_it_and_nobody_else_may_set_it() {
        as(DemoClinic.RIVERA, () -> recovery.setPhase(coupleId, Phase.ATONEMENT, calendar.today().minusDays(30)));
        as(DemoClinic.RIVERA, () -> recovery.setPhase(coupleId, Phase.ATTUNEMENT, calendar.today()));

        for (String partner : List.of(hurt, involved)) {
            Timeline t = as(partner, () -> recovery.myTimeline());
            assertThat(t.phaseOn(calendar.today())).contains(Phase.ATTUNEMENT);
            assertThat(t.phaseOn(calendar.today().minusDays(1))).contains(Phase.ATONEMENT);
        }
        for (String wrong : List.of(DemoClinic.OKAFOR, DemoClinic.ADMIN, hurt, otherCouplesPartner)) {
            assertThatThrownBy(() -> as(wrong, () -> recovery.setPhase(coupleId, Phase.ATTACHMENT, calendar.today())))
                    .as(wrong).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(DemoClinic.RIVERA, () -> recovery.setPhase(coupleId, Phase.ATTACHMENT,
                calendar.today().plusDays(1)))).isInstanceOf(RecoveryException.class)
                .hasMessage("The day cannot be in the future.");
        assertThat(as(DemoClinic.RIVERA, () -> progress.dashboard(coupleId)).timeline().phases())
                .extracting(Timeline.PhasePeriod::phase).containsExactly(Phase.ATONEMENT, Phase.ATTUNEMENT);
        // The extractor runs table cells together, so compare without spaces.
        assertThat(text(as(DemoClinic.RIVERA, () -> progress.reportPdf(coupleId, false)).content()).replace(" ", ""))
                .contains(("Phase From Until Atonement " + DAY.format(calendar.today().minusDays(30))).replace(" ", ""))
                .contains(("Attunement " + DAY.format(calendar.today()) + " ongoing").replace(" ", ""));
        // A trigger is the partner's to log: the therapist's form does not offer it and the service refuses it.
        assertThatThrownBy(() -> as(DemoClinic.RIVERA, () -> recovery.logForCouple(coupleId,
                marker(MarkerKind.TRIGGER, 0, null, false)))).isInstanceOf(RecoveryException.class);
        assertThatThrownBy(() -> as(DemoClinic.OKAFOR, () -> recovery.logForCouple(coupleId,
                marker(MarkerKind.DISCLOSURE_SESSION, 0, null, false)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_questionnaire_asked_of_one_partner_reaches_only_that_partner() {
        long request = as(DemoClinic.RIVERA, () -> checkIns.request(coupleId, "pcl-5", hurtId));

        assertThat(as(hurt, () -> checkIns.myOpenQuestionnaires())).anyMatch(q -> q.requestId() == request
                && q.measure().code().equals("pcl-5"));
        assertThat(as(involved, () -> checkIns.myOpenQuestionnaires())).noneMatch(q -> q.requestId() == request);
        assertThat(as(involved, () -> checkIns.mine()).open()).noneMatch(q -> q.requestId() == request);
        var answers = new org.trustwork.progress.MeasureAnswers();
        var positions = new java.util.HashMap<String, Integer>();
        for (var item : as(hurt, () -> checkIns.myOpenQuestionnaires()).getFirst().measure().items()) {
            positions.put(item.key(), 1);
        }
        answers.setPositions(positions);
        assertThatThrownBy(() -> as(involved, () -> checkIns.answer(request, answers)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.RIVERA, () -> checkIns.request(coupleId, "pcl-5",
                as(DemoClinic.RIVERA, () -> couples.couple(coupleId)).therapistAccountId())))
                .isInstanceOf(ProgressException.class);
        assertThat(as(DemoClinic.RIVERA, () -> checkIns.openRequests(coupleId))).singleElement()
                .satisfies(r -> assertThat(r.forPartner()).isEqualTo(couple.partners().get(0).displayName()));
        as(hurt, () -> checkIns.answer(request, answers));
        assertThat(as(DemoClinic.RIVERA, () -> checkIns.openRequests(coupleId))).isEmpty();
        assertThat(as(DemoClinic.RIVERA, () -> progress.dashboard(coupleId)).questionnaires())
                .anySatisfy(q -> assertThat(q.measure().code()).isEqualTo("pcl-5"));
    }

    static String text(byte[] pdf) {
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
