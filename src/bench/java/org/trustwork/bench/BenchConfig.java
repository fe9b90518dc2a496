package org.trustwork.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The benchmark's settings, from system properties (set by the bench Maven profile; see pom.xml). */
final class BenchConfig {

    private BenchConfig() {
    }

    static Path workDir() {
        return Path.of(System.getProperty("bench.workDir", "target/bench"));
    }

    static Path appJar() {
        return Path.of(System.getProperty("bench.appJar", "target/trustwork.jar"));
    }

    static Path appAddOn() {
        return Path.of(System.getProperty("bench.appAddOn", "target/trustwork-bench-app.jar"));
    }

    static String appHeap() {
        return System.getProperty("bench.appHeap", "1g");
    }

    /** Extra arguments for every app under test, space-separated, e.g. to compare a setting's two values. */
    static List<String> appArguments() {
        return Arrays.stream(System.getProperty("bench.appArgs", "").strip().split("\\s+"))
                .filter(argument -> !argument.isEmpty()).toList();
    }

    static List<String> steps() {
        return Arrays.stream(System.getProperty("bench.steps", "startup,heap,load,soak").split(","))
                .map(String::strip).toList();
    }

    static List<Integer> users() {
        return Arrays.stream(System.getProperty("bench.users", "50,100,200,400").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
    }

    static Duration loadDuration() {
        return duration(System.getProperty("bench.duration", "90s"));
    }

    static Duration soak() {
        return duration(System.getProperty("bench.soak", "10m"));
    }

    static int soakUsers() {
        return Integer.getInteger("bench.soakUsers", 100);
    }

    static int heapUis() {
        return Integer.getInteger("bench.heapUis", 100);
    }

    /**
     * 500 therapists with one couple each: its own login and live session per simulated therapist at N = 400, and
     * 100 more who only warm the app up (see {@link #warmUp}).
     */
    static int therapists() {
        return Integer.getInteger("bench.therapists", 500);
    }

    /**
     * A load run first puts {@link #warmUpUsers} other therapists through the same loop for this long, unmeasured:
     * a JVM just started spends most of a core compiling for its first minute or two (JFR: 56 s of compilation in
     * the second minute of a run), and a clinic's server has been up for days. "0s" measures the cold JVM instead.
     */
    static Duration warmUp() {
        return duration(System.getProperty("bench.warmUp", "90s"));
    }

    static int warmUpUsers() {
        return Integer.getInteger("bench.warmUpUsers", 100);
    }

    /** Therapists a measured run may use: the seats before the warm-up's own. */
    static int measurableTherapists() {
        return therapists() * couplesPerTherapist() - warmUpUsers();
    }

    static int couplesPerTherapist() {
        return Integer.getInteger("bench.couplesPerTherapist", 1);
    }

    /** "90s", "10m", "1m30s" or ISO-8601 ("PT10M"). */
    static Duration duration(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (value.startsWith("P")) {
            return Duration.parse(value);
        }
        return Duration.parse("PT" + value);
    }
}
