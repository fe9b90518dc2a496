package org.trustwork.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The app under test: the production jar (target/trustwork.jar) in its own JVM, with the bench add-on jar
 * (bare view, data seeder) on its class path through Spring Boot's PropertiesLauncher, on an H2 file database.
 */
final class BenchApp implements AutoCloseable {

    private final BenchDatabase.Copy database;
    private final Path seedFile;
    private final int port;
    private final Path log;
    private Process process;
    private long startedNanos;
    /** Numbers the class histograms each measurement leaves next to the app's log, to read what a growth is made of. */
    private int histograms;

    BenchApp(BenchDatabase.Copy database, Path seedFile, String logName) throws IOException {
        this.database = database;
        this.seedFile = seedFile;
        this.log = BenchConfig.workDir().resolve(logName + ".log");
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Starts the app and waits until GET /login answers 200; returns the milliseconds from launching the JVM to
     * that first served login page.
     */
    long start() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + BenchConfig.appHeap(), "-Xms" + BenchConfig.appHeap(),
                "-Dloader.path=" + BenchConfig.appAddOn(),
                "-cp", BenchConfig.appJar().toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--server.port=" + port,
                "--vaadin.productionMode=true",
                "--trustwork.demo-data.enabled=true",
                "--trustwork.bench.seed-file=" + seedFile.toAbsolutePath(),
                "--trustwork.bench.therapists=" + BenchConfig.therapists(),
                "--trustwork.bench.couples-per-therapist=" + BenchConfig.couplesPerTherapist(),
                "--logging.level.root=warn",
                "--logging.level.org.trustwork.Application=info",
                "--logging.level.org.trustwork.bench=info",
                "--logging.level.com.vaadin.flow.server.DefaultDeploymentConfiguration=info"));
        command.addAll(database.appArguments());
        command.addAll(BenchConfig.appArguments());
        startedNanos = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var exited = new CompletableFuture<Void>();
        Thread.ofPlatform().daemon().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 var out = new PrintWriter(Files.newBufferedWriter(log), true)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    out.println(line);
                }
            } catch (IOException ignored) {
                // the log is evidence only
            }
            exited.complete(null);
        });
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        var login = HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            if (exited.isDone()) {
                throw new IllegalStateException("The app exited before it served /login; see " + log);
            }
            try {
                var response = http.send(login, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("The app did not serve /login within 10 minutes; see " + log);
    }

    /** What a class histogram after a full GC reads: the exact bytes of live objects, and one class's instances. */
    record LiveObjects(long bytes, long instances) {
    }

    /**
     * Live objects after full GCs, from jcmd's class histogram. Its total counts live objects only, where the heap
     * in use also counts the free ends of regions and filler, which swing by a megabyte between identical runs.
     */
    LiveObjects liveObjects(String className) throws Exception {
        jcmd("GC.run");
        String histogram = jcmd("GC.class_histogram");
        Files.writeString(log.resolveSibling(log.getFileName().toString().replace(".log", "")
                + "-histogram-" + (++histograms) + ".txt"), histogram);
        var total = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)", Pattern.MULTILINE).matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("Unexpected GC.class_histogram output:\n" + histogram);
        }
        var row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s|$)",
                Pattern.MULTILINE).matcher(histogram);
        return new LiveObjects(Long.parseLong(total.group(1)), row.find() ? Long.parseLong(row.group(1)) : 0);
    }

    private String jcmd(String command) throws Exception {
        var jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
        }
        return output;
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
