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
import java.util.concurrent.ConcurrentSkipListMap;
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
                 long measuredFromSeconds, long measuredSeconds, double appCpuMsPerRequest,
                 double databaseCpuMsPerRequest) {
    }

    /**
     * The app's CPU time (all its threads: requests, JIT, GC) sampled twice a second, so that the steady state's share
     * can be divided by the requests answered in it: a measure of the work per request that, unlike latency, does
     * not depend on how close to saturation the run was. The database server's processes are sampled alongside
     * (PostgreSQL; H2 works inside the app).
     */
    static final class CpuSampler implements AutoCloseable {
        private final ConcurrentSkipListMap<Long, long[]> cpuNanosAt = new ConcurrentSkipListMap<>();
        private final Thread thread;

        CpuSampler(long pid, BenchDatabase database) {
            ProcessHandle app = ProcessHandle.of(pid).orElseThrow();
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long server = database.serverProcesses().mapToLong(LoadRun::cpuNanos).sum();
                    cpuNanosAt.put(System.currentTimeMillis(), new long[] {cpuNanos(app), server});
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        /** CPU milliseconds the app used between two moments (epoch ms), from the samples nearest inside them. */
        double appMillisBetween(long from, long to) {
            return millisBetween(from, to, 0);
        }

        /** The same for the database server's processes. */
        double databaseMillisBetween(long from, long to) {
            return millisBetween(from, to, 1);
        }

        private double millisBetween(long from, long to, int which) {
            var first = cpuNanosAt.ceilingEntry(from);
            var last = cpuNanosAt.floorEntry(to);
            if (first == null || last == null || last.getKey() <= first.getKey()) {
                return Double.NaN;
            }
            // scaled to the whole window, in case the samples start a little late or end a little early
            double share = (double) (to - from) / (last.getKey() - first.getKey());
            return (last.getValue()[which] - first.getValue()[which]) / 1e6 * share;
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }

    private static final Pattern COUNT = Pattern.compile("> request count\\s*\\|\\s*([\\d,]+)\\s*\\|\\s*([\\d,]+)\\s*\\|\\s*([\\d,-]+)");
    private static final Pattern RATE = Pattern.compile("> mean throughput \\(rps\\)\\s*\\|\\s*([\\d.,]+)");

    private LoadRun() {
    }

    /** Starts Gatling; the caller waits for it with {@link #finish} (the soak reads the app's heap meanwhile). */
    static Process start(String baseUrl, int users, Duration duration, String name, Path seats) throws IOException {
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
                "-Dbench.seats=" + seats.toAbsolutePath(),
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
        return finish(gatling, users, name, null);
    }

    static Stats finish(Process gatling, int users, String name, CpuSampler cpu) throws Exception {
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
        long windowStart = 0;
        long windowEnd = 0;
        for (String line : Files.readAllLines(samples(name))) {
            String[] parts = line.split("\t", 2);
            if (parts[0].equals("#measured")) {
                String[] window = parts[1].split(",");
                measuredFrom = Long.parseLong(window[0]);
                measured = Long.parseLong(window[1]);
                windowStart = Long.parseLong(window[2]);
                windowEnd = Long.parseLong(window[3]);
                continue;
            }
            List<Integer> times = parts.length < 2 || parts[1].isEmpty() ? List.of()
                    : Arrays.stream(parts[1].split(",")).map(Integer::valueOf).toList();
            perAction.put(parts[0], Latency.of(times));
            if (!parts[0].startsWith("sign in") && !parts[0].startsWith("open session:")) {
                loop.addAll(times);
            }
        }
        Latency loopLatency = Latency.of(loop);
        double appCpu = cpu == null || loopLatency.count() == 0 ? Double.NaN
                : cpu.appMillisBetween(windowStart, windowEnd) / loopLatency.count();
        double databaseCpu = cpu == null || loopLatency.count() == 0 ? Double.NaN
                : cpu.databaseMillisBetween(windowStart, windowEnd) / loopLatency.count();
        return new Stats(users, requests, errors, Double.parseDouble(rate.group(1).replace(",", "")),
                loopLatency, perAction, measuredFrom, measured, appCpu, databaseCpu);
    }

    static Stats run(int users, Duration duration) throws Exception {
        if (users > BenchConfig.measurableTherapists()) {
            throw new IllegalArgumentException(users + " therapists: only " + BenchConfig.measurableTherapists()
                    + " seats are not the warm-up's; raise -Dbench.therapists");
        }
        String name = "load-" + users;
        try (var app = new BenchApp(BenchData.freshCopy(name), BenchData.seedFile(), name)) {
            app.start();
            warmUp(app, name);
            try (var cpu = new CpuSampler(app.pid(), BenchDatabase.configured())) {
                return finish(start(app.baseUrl(), users, duration, name, BenchData.seedFile()), users, name, cpu);
            }
        }
    }

    /**
     * Other therapists (the last seats) run the same loop first, unmeasured, on their own couples and sessions; they
     * stay signed in during the measured run, like the rest of a clinic's day.
     */
    static void warmUp(BenchApp app, String name) throws Exception {
        Duration length = BenchConfig.warmUp();
        if (length.isZero()) {
            return;
        }
        int users = BenchConfig.warmUpUsers();
        Stats warm = finish(start(app.baseUrl(), users, length, name + "-warm-up", BenchData.warmUpSeats(users)),
                users, name + "-warm-up");
        System.out.println("[bench] warm-up before " + name + ": " + users + " therapists for " + length.toSeconds()
                + " s, " + warm.requests() + " requests, " + warm.errors() + " errors");
        if (warm.errors() > 0) {
            throw new IllegalStateException("The warm-up had errors; see " + log(name + "-warm-up"));
        }
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
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
