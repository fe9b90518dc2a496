package org.trustwork.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.CoupleSummary;
import org.trustwork.security.SystemTask;

/**
 * Months of past therapy for the demo couples, so the progress dashboard has something to show: Maya &amp; Tom
 * improve over six months with a dip; Priya &amp; Daniel and Chris &amp; Jamie raise signals. Written once, when
 * a couple has no sessions or answers yet; a restart finds the history and writes nothing.
 */
@Component
@ConditionalOnProperty(name = {"trustwork.demo-data.enabled", "trustwork.demo-data.history"}, havingValue = "true")
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final HistoryGenerator generator;
    private final CoupleService couples;
    private final SystemTask systemTask;
    private final Clock clock;

    DemoHistory(HistoryGenerator generator, CoupleService couples, SystemTask systemTask, Clock clock) {
        this.generator = generator;
        this.couples = couples;
        this.systemTask = systemTask;
        this.clock = clock;
    }

    // Before base.cluster.StartupLock releases the start-up lock, so one instance writes the history.
    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 1)
    void onReady() {
        try {
            generate();
        } catch (RuntimeException e) {
            // Demo history is a nicety: the clinic works without it.
            log.warn("Demo history not written: {}", e.getMessage(), e);
        }
    }

    void generate() {
        List<CoupleSummary> all = systemTask.callAsAdmin(couples::allCouples);
        LocalDate today = LocalDate.now(clock);
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        for (CoupleSummary couple : all) {
            if (generator.hasHistory(couple.id())) {
                continue;
            }
            var written = switch (couple.displayName()) {
                case "Maya & Tom" -> {
                    var w = generator.generate(new HistoryGenerator.Plan(couple.id(), thisWeek.minusWeeks(26), 26, 4, 2,
                            4, 0.55, 0, 0, 7));
                    generator.planSession(couple.id(), thisWeek.plusWeeks(1).atTime(16, 0).toInstant(ZoneOffset.UTC));
                    // The dip (0.55 of 26 weeks) comes just after the anniversary of discovery day.
                    LocalDate start = thisWeek.minusWeeks(26);
                    generator.story(couple.id(), start, start.plusWeeks(17), start.plusDays(Math.round(0.55 * 26 * 7) - 5));
                    yield w;
                }
                case "Priya & Daniel" -> generator.generate(new HistoryGenerator.Plan(couple.id(),
                        thisWeek.minusWeeks(4), 4, 3, 2, 4, 0.9, 0, 15, 11));
                case "Chris & Jamie" -> generator.generate(new HistoryGenerator.Plan(couple.id(),
                        thisWeek.minusWeeks(20), 20, 3, 2, 4, 0.4, 4, 0, 13));
                default -> null;
            };
            if (written != null) {
                log.info("Demo history for {}: {}", couple.displayName(), written);
            }
        }
    }
}
