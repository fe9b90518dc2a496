package org.trustwork.bench;

/** Entry point of ./mvnw -Pbench verify: runs the steps named in -Dbench.steps and prints the table. */
public final class BenchRunner {

    private BenchRunner() {
    }

    public static void main(String[] args) throws Exception {
        java.nio.file.Files.createDirectories(BenchConfig.workDir());
        for (String step : BenchConfig.steps()) {
            switch (step) {
                case "record" -> System.out.println("[bench] browser recording: " + BrowserRecorder.record());
                case "heap" -> {
                    BenchData.ensureTemplate();
                    System.out.println("[bench] heap: " + HeapProbe.run());
                }
                case "load" -> {
                    BenchData.ensureTemplate();
                    for (int users : BenchConfig.users()) {
                        System.out.println("[bench] load " + users + ": " + LoadRun.run(users, BenchConfig.loadDuration()));
                    }
                }
                default -> throw new IllegalArgumentException("Unknown bench step " + step);
            }
        }
    }
}
