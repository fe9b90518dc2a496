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

    /** 400 therapists with one couple each: its own login and live session per simulated therapist at N = 400. */
    static int therapists() {
        return Integer.getInteger("bench.therapists", 400);
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
