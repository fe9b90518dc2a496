package org.trustwork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One Gatling run of TherapistSimulation in its own JVM against a running app. Request and error counts come
 * from Gatling's summary (the whole run, sign-ins included); latency percentiles from the simulation's own record
 * of every successful request of the steady state (see TherapistSimulation#measuring).
 */
final class LoadRun {

    /** Latency figures in ms over a set of requests. */
    record Latency(int count, long p50, long p95, long p99, long max) {

        static Latency of(List<Integer> samples) {
            int[] sorted = samples.stream().mapToInt(Integer::intValue).sorted().toArray();
            if (sorted.length == 0) {
                return new Latency(0, 0, 0, 0, 0);
            }
            return new Latency(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted[sorted.length - 1]);
        }

        private static long percentile(int[] sorted, double p) {
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    /**
     * {@code loop}: every request of the therapists' loop (sign-in and the first page load left out);
     * {@code requests}/{@code errors}: all requests Gatling sent, and those that failed.
     */
    record Stats(int users, long requests, long errors, double perSecond, Latency loop, Map<String, Latency> perAction,
                 long measuredFromSeconds, long measuredSeconds) {
    }

    private static final Pattern COUNT = Pattern.compile("> request count\\s*\\|\\s*([\\d,]+)\\s*\\|\\s*([\\d,]+)\\s*\\|\\s*([\\d,-]+)");
    private static final Pattern RATE = Pattern.compile("> mean throughput \\(rps\\)\\s*\\|\\s*([\\d.,]+)");

    private LoadRun() {
    }

    /** Starts Gatling; the caller waits for it with {@link #finish} (the soak reads the app's heap meanwhile). */
    static Process start(String baseUrl, int users, Duration duration, String name) throws IOException {
        Path results = BenchConfig.workDir().resolve("gatling").resolve(name);
        BenchData.deleteTree(results);
        Files.createDirectories(results);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                // what Gatling's own launcher passes on recent JDKs
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED",
                "-Dbench.baseUrl=" + baseUrl,
                "-Dbench.users=" + users,
                "-Dbench.duration=" + duration.toSeconds() + "s",
                "-Dbench.seats=" + BenchData.seedFile().toAbsolutePath(),
                "-Dbench.samples=" + samples(name).toAbsolutePath(),
                "-Dgatling.data.enableAnalytics=false",
                "-Dbench.debug=" + Boolean.getBoolean("bench.debug"),
                "-Dgatling.data.console.light=true",
                "-Dgatling.data.console.writePeriod=30",
                "-cp", System.getProperty("java.class.path"),
                "io.gatling.app.Gatling",
                "--simulation", TherapistSimulation.class.getName(),
                "--results-folder", results.toAbsolutePath().toString(),
                "--run-description", name,
                "--launcher", "trustwork-bench"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile()).start();
    }

    static Stats finish(Process gatling, int users, String name) throws Exception {
        gatling.waitFor();
        String console = Files.readString(log(name));
        var count = COUNT.matcher(console);
        var rate = RATE.matcher(console);
        if (!Files.exists(samples(name)) || !count.find() || !rate.find()) {
            throw new IllegalStateException("Gatling did not finish the run; see " + log(name));
        }
        long requests = number(count.group(1));
        long errors = count.group(3).strip().equals("-") ? 0 : number(count.group(3));
        var perAction = new TreeMap<String, Latency>();
        var loop = new ArrayList<Integer>();
        long measuredFrom = 0;
        long measured = 0;
        for (String line : Files.readAllLines(samples(name))) {
            String[] parts = line.split("\t", 2);
            if (parts[0].equals("#measured")) {
                measuredFrom = Long.parseLong(parts[1].split(",")[0]);
                measured = Long.parseLong(parts[1].split(",")[1]);
                continue;
            }
            List<Integer> times = parts.length < 2 || parts[1].isEmpty() ? List.of()
                    : Arrays.stream(parts[1].split(",")).map(Integer::valueOf).toList();
            perAction.put(parts[0], Latency.of(times));
            if (!parts[0].startsWith("sign in") && !parts[0].startsWith("open session:")) {
                loop.addAll(times);
            }
        }
        return new Stats(users, requests, errors, Double.parseDouble(rate.group(1).replace(",", "")),
                Latency.of(loop), perAction, measuredFrom, measured);
    }

    static Stats run(int users, Duration duration) throws Exception {
        String name = "load-" + users;
        try (var app = new BenchApp(BenchData.freshCopy(name), BenchData.seedFile(), name)) {
            app.start();
            return finish(start(app.baseUrl(), users, duration, name), users, name);
        }
    }

    private static Path log(String name) {
        return BenchConfig.workDir().resolve("gatling-" + name + ".log");
    }

    private static Path samples(String name) {
        return BenchConfig.workDir().resolve("gatling-" + name + ".samples.tsv");
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", "").strip());
    }
}
