package org.trustwork.demo;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.base.DemoClinicOnly;

/**
 * Writes plausible past therapy for a couple straight into the tables: weekly ended sessions with their
 * agendas, homework with done and missed occurrences, partners' check-ins (trending up with a dip) and a
 * CSI-4 every four weeks. Past moments cannot be made through the services, which stamp "now"; this is
 * demo and test data only and never runs in production.
 */
@Component
@DemoClinicOnly
public class HistoryGenerator {

    /**
     * What to generate. {@code firstSession} is the first weekly session; {@code homeworkPerWeek} occurrences
     * are due each week per partner; {@code checkInsPerWeek} per partner. {@code dipAt} (0-1) places a
     * temporary drop in scores; {@code trustGapAtEnd} opens a gap between the partners' trust in the last
     * weeks; {@code quietDays} leaves the final days without check-ins or homework done.
     */
    public record Plan(long coupleId, LocalDate firstSession, int weeks, int homeworkPerWeek, int checkInsPerWeek,
                       int csiEveryWeeks, double dipAt, int trustGapAtEnd, int quietDays, long seed) {
    }

    /** Counts of what was written. */
    public record Written(int sessions, int occurrences, int checkIns, int questionnaires) {
    }

    private static final String[] NOTES = {
            "We talked for an hour without it turning into a fight.",
            "Hard day; an old message came up and I went quiet.",
            "Felt more like a team this week.",
            "Still checking the phone more than I want to.",
            "The evening walk helped.",
            "Tired, but we kept our check-in time.",
            "A good weekend together.",
            "I needed more reassurance than I asked for.",
    };

    private final JdbcTemplate jdbc;

    HistoryGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasHistory(long coupleId) {
        Integer n = jdbc.queryForObject("select count(*) from therapy_session where couple_id = ?", Integer.class, coupleId);
        Integer m = jdbc.queryForObject("select count(*) from measure_response where couple_id = ?", Integer.class, coupleId);
        return n != null && n > 0 || m != null && m > 0;
    }

    @Transactional
    public Written generate(Plan plan) {
        var random = new Random(plan.seed());
        long therapist = jdbc.queryForObject("select therapist_id from couple where id = ?", Long.class, plan.coupleId());
        List<Long> partners = jdbc.queryForList("select account_id from partner where couple_id = ? order by id",
                Long.class, plan.coupleId());
        List<long[]> practices = jdbc.query("select id, practice_number, phase from practice order by practice_number",
                (rs, i) -> new long[] {rs.getLong(1), rs.getInt(2), phaseIndex(rs.getString(3))});
        Map<Long, String> titles = new HashMap<>();
        Map<Long, String> homeworkTitles = new HashMap<>();
        jdbc.query("select id, title, homework_title from practice", rs -> {
            titles.put(rs.getLong(1), rs.getString(2));
            homeworkTitles.put(rs.getLong(1), rs.getString(3));
        });
        long checkInMeasure = jdbc.queryForObject("select id from measure where code = 'checkin'", Long.class);
        Long csiMeasure = jdbc.query("select id from measure where code = 'csi-4'", rs -> rs.next() ? rs.getLong(1) : null);
        LocalDate lastDay = plan.firstSession().plusWeeks(plan.weeks()).minusDays(1);
        jdbc.update("update couple set start_date = ? where id = ? and start_date > ?",
                plan.firstSession(), plan.coupleId(), plan.firstSession());

        int occurrences = 0;
        List<Object[]> occurrenceRows = new ArrayList<>();
        List<Object[]> itemRows = new ArrayList<>();
        for (int w = 0; w < plan.weeks(); w++) {
            double progress = (double) w / Math.max(1, plan.weeks() - 1);
            Instant start = plan.firstSession().plusWeeks(w).atTime(16, 0).toInstant(ZoneOffset.UTC);
            Instant end = start.plus(52, ChronoUnit.MINUTES);
            int phase = progress < 0.34 ? 0 : progress < 0.67 ? 1 : 2;
            List<long[]> ofPhase = practices.stream().filter(p -> p[2] == phase).toList();
            long[] first = ofPhase.get((w * 2) % ofPhase.size());
            long[] second = ofPhase.get((w * 2 + 1) % ofPhase.size());
            // A published summary, as a therapist would leave it, so partners and reports have something to read.
            String summary = "Today we worked on \u201c" + titles.get(first[0]) + "\u201d and \u201c"
                    + titles.get(second[0]) + "\u201d. Until next time, practise the first at home, each on your own.";
            long session = insert("""
                    insert into therapy_session (version, couple_id, therapist_id, status, scheduled_start, planned_minutes,
                      started_at, ended_at, paused_millis, shared_summary, summary_published_at, created_at, updated_at)
                    values (0, ?, ?, 'ENDED', ?, 50, ?, ?, 0, ?, ?, ?, ?)""",
                    plan.coupleId(), therapist, ts(start), ts(start), ts(end), summary, ts(end), ts(start), ts(end));
            for (int i = 0; i < 2; i++) {
                long[] p = i == 0 ? first : second;
                Instant itemStart = start.plus(5 + i * 22L, ChronoUnit.MINUTES);
                itemRows.add(new Object[] {session, i, p[0], titles.get(p[0]), 20, ts(itemStart),
                        ts(itemStart.plus(20, ChronoUnit.MINUTES)), (5 + i * 22L) * 60_000, 20 * 60_000L,
                        ts(start), ts(end)});
            }
            // Homework from this session, due over the following week.
            LocalDate from = plan.firstSession().plusWeeks(w).plusDays(1);
            LocalDate to = from.plusDays(6);
            double doneChance = 0.55 + 0.35 * progress - (Math.abs(progress - plan.dipAt()) < 0.08 ? 0.35 : 0);
            for (long partner : partners) {
                int perWeek = Math.min(7, plan.homeworkPerWeek());
                long assignment = insert("""
                        insert into homework_assignment (version, couple_id, practice_id, session_id, assigned_by,
                          assignee_account_id, title, instructions, cadence, times_per_week, start_date, end_date,
                          created_at, updated_at)
                        values (0, ?, ?, ?, ?, ?, ?, ?, 'WEEKLY', ?, ?, ?, ?, ?)""",
                        plan.coupleId(), first[0], session, therapist, partner, homeworkTitles.get(first[0]),
                        "Practise what we worked on in session, in your own time.", perWeek, from, to, ts(end), ts(end));
                for (int k = 0; k < plan.homeworkPerWeek(); k++) {
                    LocalDate due = from.plusDays((long) k * 7 / plan.homeworkPerWeek());
                    boolean quiet = !due.isBefore(lastDay.minusDays(plan.quietDays() - 1L));
                    boolean done = !quiet && random.nextDouble() < doneChance;
                    Instant doneAt = done ? due.atTime(20, random.nextInt(50)).toInstant(ZoneOffset.UTC) : null;
                    occurrenceRows.add(new Object[] {assignment, due, k, doneAt == null ? null : ts(doneAt),
                            done ? partner : null, ts(end), ts(doneAt == null ? end : doneAt)});
                    occurrences++;
                }
            }
        }
        jdbc.batchUpdate("""
                insert into agenda_item (version, session_id, sort_order, practice_id, title, time_box_minutes, status,
                  started_at, ended_at, start_offset_millis, spent_millis, created_at, updated_at)
                values (0, ?, ?, ?, ?, ?, 'DONE', ?, ?, ?, ?, ?, ?)""", itemRows);
        jdbc.batchUpdate("""
                insert into homework_occurrence (version, assignment_id, due_date, sequence_no, completed_at,
                  completed_by, created_at, updated_at)
                values (0, ?, ?, ?, ?, ?, ?, ?)""", occurrenceRows);

        int checkIns = 0;
        int questionnaires = 0;
        List<Object[]> answers = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            long partner = partners.get(i);
            boolean hurt = i == 0;
            for (int w = 0; w < plan.weeks(); w++) {
                for (int k = 0; k < plan.checkInsPerWeek(); k++) {
                    LocalDate day = plan.firstSession().plusWeeks(w).plusDays(1 + (long) k * 7 / plan.checkInsPerWeek() + i % 2);
                    if (day.isAfter(lastDay.minusDays(plan.quietDays()))) {
                        continue;
                    }
                    double t = (double) ChronoUnit.DAYS.between(plan.firstSession(), day) / (plan.weeks() * 7.0);
                    double level = (hurt ? 2.5 : 4.5) + (hurt ? 5.0 : 3.3) * t
                            - (Math.abs(t - plan.dipAt()) < 0.05 ? 3.2 : 0);
                    int trust = clamp(level + noise(random) - (hurt ? 0.5 : -0.8)
                            - (hurt && t > 1 - 3.0 / plan.weeks() ? plan.trustGapAtEnd() : 0));
                    int safety = clamp(level + 0.6 + noise(random));
                    int closeness = clamp(level + 0.3 + noise(random));
                    Instant at = day.atTime(19 + k % 3, 10 * k).toInstant(ZoneOffset.UTC);
                    String note = random.nextInt(4) == 0 ? NOTES[random.nextInt(NOTES.length)] : null;
                    long response = insertResponse(plan.coupleId(), checkInMeasure, partner, at, day,
                            Math.round((trust + safety + closeness) * 10 / 3.0) / 10.0, note, random.nextBoolean());
                    answers.add(new Object[] {response, "trust", trust});
                    answers.add(new Object[] {response, "safety", safety});
                    answers.add(new Object[] {response, "closeness", closeness});
                    checkIns++;
                }
                if (csiMeasure != null && plan.csiEveryWeeks() > 0 && w % plan.csiEveryWeeks() == 0) {
                    LocalDate day = plan.firstSession().plusWeeks(w).plusDays(2);
                    double t = (double) w / plan.weeks();
                    double sat = (hurt ? 0.30 : 0.45) + (hurt ? 0.45 : 0.3) * t
                            - (Math.abs(t - plan.dipAt()) < 0.08 ? 0.2 : 0);
                    int happiness = clampTo(sat * 6 + noise(random) * 0.5, 6);
                    int warm = clampTo(sat * 5 + noise(random) * 0.5, 5);
                    int rewarding = clampTo(sat * 5 + noise(random) * 0.5, 5);
                    int satisfied = clampTo(sat * 5 + noise(random) * 0.5, 5);
                    long response = insertResponse(plan.coupleId(), csiMeasure, partner,
                            day.atTime(18, 0).toInstant(ZoneOffset.UTC), day, happiness + warm + rewarding + satisfied,
                            null, false);
                    answers.add(new Object[] {response, "happiness", happiness});
                    answers.add(new Object[] {response, "warm", warm});
                    answers.add(new Object[] {response, "rewarding", rewarding});
                    answers.add(new Object[] {response, "satisfied", satisfied});
                    questionnaires++;
                }
            }
        }
        jdbc.batchUpdate("insert into measure_answer (response_id, item_key, answer_value) values (?, ?, ?)", answers);
        return new Written(plan.weeks(), occurrences, checkIns, questionnaires);
    }

    /**
     * A couple's story for the demo (#22): Atonement from the first session and Attunement from {@code attunementFrom},
     * a disclosure session, a discovery day whose anniversary falls on {@code anniversaryOn}, and a trigger episode
     * private to the first partner two days after it.
     */
    @Transactional
    public void story(long coupleId, LocalDate firstSession, LocalDate attunementFrom, LocalDate anniversaryOn) {
        long therapist = jdbc.queryForObject("select therapist_id from couple where id = ?", Long.class, coupleId);
        long first = jdbc.queryForList("select account_id from partner where couple_id = ? order by id", Long.class,
                coupleId).getFirst();
        Instant now = Instant.now();
        String phase = "insert into couple_phase (version, couple_id, phase, since, set_by, created_at, updated_at) "
                + "values (0, ?, ?, ?, ?, ?, ?)";
        jdbc.update(phase, coupleId, "ATONEMENT", firstSession, therapist, ts(now), ts(now));
        jdbc.update(phase, coupleId, "ATTUNEMENT", attunementFrom, therapist, ts(now), ts(now));
        String marker = "insert into recovery_marker (version, couple_id, kind, marked_on, note, logged_by, private_to, "
                + "created_at, updated_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?)";
        jdbc.update(marker, coupleId, "DISCOVERY_DAY", anniversaryOn.minusYears(1), null, first, null, ts(now), ts(now));
        jdbc.update(marker, coupleId, "DISCLOSURE_SESSION", firstSession.plusWeeks(6), null, therapist, null, ts(now),
                ts(now));
        jdbc.update(marker, coupleId, "TRIGGER", anniversaryOn.plusDays(2), "The anniversary week was hard.", first,
                first, ts(now), ts(now));
    }

    /** A planned session some days ahead, so lists show a next session. */
    @Transactional
    public void planSession(long coupleId, Instant at) {
        long therapist = jdbc.queryForObject("select therapist_id from couple where id = ?", Long.class, coupleId);
        jdbc.update("""
                insert into therapy_session (version, couple_id, therapist_id, status, scheduled_start, planned_minutes,
                  paused_millis, created_at, updated_at)
                values (0, ?, ?, 'PLANNED', ?, 50, 0, ?, ?)""", coupleId, therapist, ts(at), ts(at), ts(at));
    }

    private long insertResponse(long coupleId, long measure, long partner, Instant at, LocalDate day, double total,
                                String note, boolean shared) {
        return insert("""
                insert into measure_response (version, couple_id, measure_id, partner_account_id, answered_at,
                  answered_on, total_score, note, shared_with_partner, created_at, updated_at)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                coupleId, measure, partner, ts(at), day, total, note, shared, ts(at), ts(at));
    }

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    private static java.time.OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static double noise(Random random) {
        return random.nextGaussian() * 0.8;
    }

    private static int clamp(double v) {
        return clampTo(v, 10);
    }

    private static int clampTo(double v, int max) {
        return (int) Math.max(0, Math.min(max, Math.round(v)));
    }

    private static int phaseIndex(String phase) {
        return switch (phase) {
            case "ATONEMENT" -> 0;
            case "ATTUNEMENT" -> 1;
            default -> 2;
        };
    }

}
