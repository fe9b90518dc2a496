package org.trustwork.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Entry point of {@code ./mvnw -Pbench verify}: runs the steps named in -Dbench.steps (startup, signin, heap, load, soak;
 * record for the browser recording) against the production jar and prints the results as a Markdown table,
 * also written to target/bench/results.md.
 */
public final class BenchRunner {

    private BenchRunner() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(BenchConfig.workDir());
        var out = new StringBuilder();
        out.append("Trustwork benchmark, ").append(Instant.now().truncatedTo(ChronoUnit.MINUTES)).append('\n')
                .append(Machine.describe()).append('\n');
        var rows = new ArrayList<String>();
        var loadRows = new ArrayList<LoadRun.Stats>();
        String soakLine = null;
        for (String step : BenchConfig.steps()) {
            if (!step.equals("record")) {
                BenchData.ensureTemplate();
            }
            switch (step) {
                case "record" -> System.out.println("[bench] browser recording: " + BrowserRecorder.record());
                case "startup" -> rows.add(startup());
                case "signin" -> rows.addAll(SignInSpeed.run());
                case "heap" -> rows.addAll(heap());
                case "load" -> {
                    for (int users : BenchConfig.users()) {
                        var stats = LoadRun.run(users, BenchConfig.loadDuration());
                        System.out.println("[bench] load " + users + ": " + stats);
                        loadRows.add(stats);
                    }
                }
                case "soak" -> soakLine = Soak.run().line();
                default -> throw new IllegalArgumentException("Unknown bench step " + step);
            }
        }
        // after the steps: the PostgreSQL server is asked its version, and it is started only once the template is sound
        out.append("App under test: target/trustwork.jar in its own JVM (Vaadin production mode, -Xmx")
                .append(BenchConfig.appHeap()).append(", ").append(BenchDatabase.configured().description())
                .append("), ").append(BenchConfig.therapists() * BenchConfig.couplesPerTherapist())
                .append(" seeded therapists' live sessions.\n\n");
        if (!rows.isEmpty()) {
            out.append("| Measure | Result | Target |\n| --- | --- | --- |\n");
            rows.forEach(row -> out.append(row).append('\n'));
            out.append('\n');
        }
        if (!loadRows.isEmpty()) {
            out.append(loadTable(loadRows)).append('\n');
        }
        if (soakLine != null) {
            out.append(soakLine).append('\n');
        }
        out.append("\nLoad average at the end: ").append(Machine.loadAverage()).append('\n');
        Path results = BenchConfig.workDir().resolve("results.md");
        Files.writeString(results, out);
        System.out.println("\n" + out + "\n(written to " + results + ")");
    }

    private static String startup() throws Exception {
        var times = new ArrayList<Long>();
        for (int run = 1; run <= 3; run++) {
            try (var app = new BenchApp(BenchData.freshCopy("startup-" + run), BenchData.seedFile(), "startup-" + run)) {
                times.add(app.start());
            }
        }
        var sorted = times.stream().sorted().toList();
        return String.format("| Start-up: JVM launch to first served sign-in page (median of 3; runs %s) | %.1f s | — |",
                String.join(", ", times.stream().map(t -> String.format("%.1f s", t / 1000.0)).toList()),
                sorted.get(1) / 1000.0);
    }

    private static List<String> heap() throws Exception {
        var result = HeapProbe.run();
        System.out.println("[bench] heap: " + result);
        double bare = result.barePerUiKib();
        return List.of(
                String.format("| Retained heap per UI, bare one-button view (%d UIs, one HTTP session each) | %.0f KiB "
                                + "(%.0f state nodes) | — |",
                        result.uis(), bare, result.bareNodesPerUi()),
                String.format("| Retained heap per UI, empty view in the app's frame: navigation and user card (same "
                                + "%d sessions) | %.0f KiB (%.0f state nodes) = %.1fx the bare view | — |",
                        result.uis(), result.framedPerUiKib(), result.framedNodesPerUi(),
                        result.framedPerUiKib() / bare),
                String.format("| Retained heap per UI, therapist live session (same %d sessions) | %.0f KiB "
                                + "(%.0f state nodes) = %.1fx the bare view | < 2x |",
                        result.uis(), result.livePerUiKib(), result.liveNodesPerUi(), result.livePerUiKib() / bare));
    }

    private static String loadTable(List<LoadRun.Stats> runs) {
        boolean postgres = BenchDatabase.configured() instanceof BenchDatabase.Postgres;
        var table = new StringBuilder();
        table.append("Round trips of the therapists' loop (type notes and autosave, Next item, open the couple page, "
                + "open its progress dashboard, back to the session; each therapist pauses 1-3 s between actions; "
                + "sign-in with both factors and the first page load left out), ")
                .append(BenchConfig.loadDuration().toSeconds()).append(" s of loop per therapist; ")
                .append(BenchConfig.warmUp().isZero() ? "the app is measured cold, straight after its start; "
                        : "each run's app is first warmed up by " + BenchConfig.warmUpUsers() + " other therapists "
                        + "doing the same loop for " + BenchConfig.warmUp().toSeconds() + " s (unmeasured; they stay "
                        + "signed in); ")
                .append("latencies from 5 s after the last therapist has signed in (steady state; 'measured' says "
                        + "from when and how long); requests and errors over the whole run, sign-ins included; app CPU "
                        + "per request: the app process's CPU time (all threads, JIT and GC included) in the measured "
                        + "window divided by the requests answered in it"
                        + (postgres ? ", plus the PostgreSQL server's (all its processes) in the same window" : "")
                        + ":\n\n")
                .append("| Therapists | Requests (all) | Errors | Req/s | Measured | p50 | p95 | p99 | max "
                        + (postgres ? "| CPU per request: app + PostgreSQL |\n" : "| App CPU per request |\n"))
                .append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (var run : runs) {
            table.append(String.format(Locale.ROOT,
                    "| %d | %d | %d | %.1f | %d s from %d s | %d ms | %d ms | %d ms | %d ms | %s |%n",
                    run.users(), run.requests(), run.errors(), run.perSecond(), run.measuredSeconds(),
                    run.measuredFromSeconds(), run.loop().p50(), run.loop().p95(), run.loop().p99(), run.loop().max(),
                    postgres ? String.format(Locale.ROOT, "%.1f + %.1f ms", run.appCpuMsPerRequest(),
                            run.databaseCpuMsPerRequest())
                            : String.format(Locale.ROOT, "%.1f ms", run.appCpuMsPerRequest())));
        }
        var actions = new TreeSet<String>();
        runs.forEach(run -> actions.addAll(run.perAction().keySet()));
        table.append("\np95 per request (ms):\n\n| Request |");
        runs.forEach(run -> table.append(" N=").append(run.users()).append(" |"));
        table.append("\n| --- |");
        runs.forEach(run -> table.append(" ---: |"));
        table.append('\n');
        for (String action : actions) {
            table.append("| ").append(action).append(" |");
            for (var run : runs) {
                var latency = run.perAction().get(action);
                table.append(' ').append(latency == null ? "—" : String.valueOf(latency.p95())).append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }

    /** The machine the figures come from. */
    static final class Machine {

        private Machine() {
        }

        static String describe() {
            String cpu = read("/proc/cpuinfo").lines().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
            String memory = read("/proc/meminfo").lines().filter(line -> line.startsWith("MemTotal"))
                    .map(line -> line.replaceAll("\\D+", "")).findFirst()
                    .map(kib -> String.format("%.1f GiB RAM", Long.parseLong(kib) / 1024.0 / 1024.0)).orElse("");
            return String.format("Machine: %d CPUs (%s), %s, %s %s (%s), load average at the start: %s",
                    Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), System.getProperty("java.vendor"), loadAverage());
        }

        static String loadAverage() {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        private static String read(String file) {
            try {
                return Files.readString(Path.of(file));
            } catch (Exception e) {
                return "";
            }
        }
    }

    /**
     * One moment of the soak: live objects (all of them, and Vaadin's state-tree nodes, the open UIs' size) and the
     * database's size on disk.
     */
    record HeapSample(Duration at, long liveKib, long stateNodes, long databaseBytes) {
    }

    /** Heap while {@code soakUsers} therapists run the loop for {@code bench.soak}. */
    static final class Soak {

        record Result(int users, Duration length, long startBytes, List<HeapSample> samples, LoadRun.Stats stats) {

            String line() {
                var first = samples.getFirst();
                var last = samples.getLast();
                var trend = new StringBuilder();
                samples.forEach(s -> trend.append(trend.isEmpty() ? "" : ", ").append(s.at().toSeconds()).append(" s: ")
                        .append(String.format("%.1f MiB, %d nodes, database %.0f MB", s.liveKib() / 1024.0,
                                s.stateNodes(), s.databaseBytes() / 1e6)));
                return String.format("| Soak: %d therapists for %s | live objects after full GC %.1f MiB at %d s, %.1f MiB "
                                + "at %d s (%+.1f%%); state nodes %d, then %d; database on disk %.0f MB at start, %.0f MB "
                                + "at %d s, %.0f MB at %d s; loop p95 %d ms, %d errors of %d requests "
                                + "| flat heap |%n%nDuring the soak: %s",
                        users, length, first.liveKib() / 1024.0, first.at().toSeconds(), last.liveKib() / 1024.0,
                        last.at().toSeconds(), 100.0 * (last.liveKib() - first.liveKib()) / first.liveKib(),
                        first.stateNodes(), last.stateNodes(), startBytes / 1e6, first.databaseBytes() / 1e6,
                        first.at().toSeconds(), last.databaseBytes() / 1e6, last.at().toSeconds(),
                        stats.loop().p95(), stats.errors(), stats.requests(), trend);
            }
        }

        private Soak() {
        }

        static Result run() throws Exception {
            Duration length = BenchConfig.soak();
            int users = BenchConfig.soakUsers();
            var database = BenchData.freshCopy("soak");
            try (var app = new BenchApp(database, BenchData.seedFile(), "soak")) {
                app.start();
                long startBytes = database.storedBytes();
                long began = System.nanoTime();
                Process gatling = LoadRun.start(app.baseUrl(), users, length, "soak", BenchData.seedFile());
                // first reading once every user runs the loop (1 min, or a third of a short soak), then each minute
                Duration first = length.compareTo(Duration.ofMinutes(3)) < 0 ? length.dividedBy(3) : Duration.ofMinutes(1);
                Duration last = length.minusSeconds(10);
                var marks = new ArrayList<Duration>();
                for (Duration at = first; at.compareTo(last) < 0; at = at.plusMinutes(1)) {
                    marks.add(at);
                }
                marks.add(last);
                var samples = new ArrayList<HeapSample>();
                for (Duration mark : marks) {
                    long wait = mark.toMillis() - (System.nanoTime() - began) / 1_000_000;
                    if (wait > 0) {
                        Thread.sleep(wait);
                    }
                    if (!gatling.isAlive()) {
                        break;
                    }
                    var live = app.liveObjects(HeapProbe.STATE_NODE);
                    var sample = new HeapSample(Duration.ofNanos(System.nanoTime() - began), live.bytes() / 1024,
                            live.instances(), database.storedBytes());
                    System.out.println("[bench] soak live objects at " + sample.at().toSeconds() + " s: "
                            + sample.liveKib() / 1024 + " MiB, " + sample.stateNodes() + " state nodes; database "
                            + sample.databaseBytes() / 1_000_000 + " MB");
                    samples.add(sample);
                }
                var stats = LoadRun.finish(gatling, users, "soak");
                if (samples.isEmpty()) {
                    throw new IllegalStateException("The soak ended before the first heap reading");
                }
                return new Result(users, length, startBytes, samples, stats);
            }
        }
    }
}
