package org.trustwork.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's data: seeded once by the app itself (BenchSeeder in the add-on jar, through the app's services)
 * into a template database ({@link BenchDatabase}: H2 or PostgreSQL), then copied for every run, so each run starts
 * from the same state.
 */
final class BenchData {

    /** One seeded therapist: sign-in e-mail, their couple and live session, their authenticator key (Base32). */
    record Seat(String email, long coupleId, long sessionId, String totpSecret) {
    }

    static final String SEED_HEADER = "email,coupleId,sessionId,totpSecret";

    private BenchData() {
    }

    static Path template() {
        return BenchDatabase.configured().templateDir();
    }

    static Path seedFile() {
        return template().resolve("seats.csv");
    }

    static void ensureTemplate() throws Exception {
        List<String> seeded = Files.exists(seedFile()) ? Files.readAllLines(seedFile()) : List.of();
        if (!seeded.isEmpty() && seeded.getFirst().equals(SEED_HEADER) && BenchDatabase.configured().holdsTemplate()
                && seeded.size() - 1 >= BenchConfig.therapists() * BenchConfig.couplesPerTherapist()) {
            return;
        }
        // no template yet, one from before therapists signed in with a second factor, or too few seats: seed again
        deleteTree(template());
        System.out.println("[bench] seeding " + BenchConfig.therapists() * BenchConfig.couplesPerTherapist()
                + " live sessions through the app's services (once; kept in " + template() + ")");
        try (var app = new BenchApp(BenchDatabase.configured().emptyTemplate(), seedFile(), "seed")) {
            app.start();
            long deadline = System.currentTimeMillis() + 20 * 60_000;
            while (!Files.exists(seedFile())) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("Seeding did not finish; see " + app.log());
                }
                Thread.sleep(500);
            }
        }
    }

    /** A fresh copy of the seeded database for one run. */
    static BenchDatabase.Copy freshCopy(String name) throws Exception {
        return BenchDatabase.configured().freshCopy(name);
    }

    /** The last {@code count} seats in a file of their own, for the warm-up: measured runs take seats from the first. */
    static Path warmUpSeats(int count) throws IOException {
        List<String> lines = Files.readAllLines(seedFile());
        List<String> warm = new ArrayList<>();
        warm.add(lines.getFirst());
        warm.addAll(lines.subList(Math.max(1, lines.size() - count), lines.size()));
        Path file = BenchConfig.workDir().resolve("warm-up-seats.csv");
        Files.write(file, warm);
        return file;
    }

    static List<Seat> seats() throws IOException {
        return Files.readAllLines(seedFile()).stream().skip(1).map(line -> line.split(","))
                .map(part -> new Seat(part[0], Long.parseLong(part[1]), Long.parseLong(part[2]), part[3])).toList();
    }

    static String password() {
        return "trustwork-bench";
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
