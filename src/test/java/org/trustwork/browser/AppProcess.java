package org.trustwork.browser;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Trustwork in its own JVM, so a test can kill it with SIGKILL and start it again, or run two of them on one
 * database as two instances of a clinic's installation.
 */
final class AppProcess implements AutoCloseable {

    private final List<String> appArguments;
    private final int port;
    private Process process;
    private static final AtomicInteger STARTS = new AtomicInteger();

    /** On an embedded H2 file database in {@code dataDir}. */
    AppProcess(Path dataDir) throws IOException {
        this(List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("trustwork") + ";WRITE_DELAY=0",
                // shows in each start's log whether H2's space reclaiming ran between the kills
                "--logging.level.org.trustwork.base.domain.EmbeddedStoreHousekeeping=debug"));
    }

    /** With the given arguments (the database among them), on a free port. */
    AppProcess(List<String> appArguments) throws IOException {
        this.appArguments = List.copyOf(appArguments);
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the app and returns once it reports that it has started (read from its own output, no polling). */
    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(),
                "org.trustwork.Application",
                "--server.port=" + port));
        // defaults, each unless the test passes its own value for it
        for (String fallback : List.of("--trustwork.demo-data.enabled=true", "--trustwork.demo-data.history=false",
                "--logging.level.root=warn", "--logging.level.org.trustwork.Application=info")) {
            String key = fallback.substring(0, fallback.indexOf('=') + 1);
            if (appArguments.stream().noneMatch(argument -> argument.startsWith(key))) {
                command.add(fallback);
            }
        }
        command.addAll(appArguments);
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Path log = Path.of("target", "app-process", "start-" + STARTS.incrementAndGet() + ".log");
        Files.createDirectories(log.getParent());
        var started = new CompletableFuture<Void>();
        Thread.ofPlatform().daemon().start(() -> {
            // the app's own output is kept for a human: a failing crash test is explained there
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    var copy = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    copy.write(line);
                    copy.newLine();
                    copy.flush();
                    if (line.contains("Started Application")) {
                        started.complete(null);
                    }
                }
                started.completeExceptionally(new IllegalStateException("Trustwork exited before it started"));
            } catch (IOException e) {
                started.completeExceptionally(e);
            }
        });
        // generous: two instances starting together on a loaded 2-core machine take minutes
        started.get(300, TimeUnit.SECONDS);
        awaitReady();
    }

    /**
     * "Started" is logged before the start-up seeding (catalogue, demo clinic) runs: wait, as a load balancer does,
     * until the app reports ready.
     */
    private void awaitReady() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var readiness = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/actuator/health/readiness"))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(readiness, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not answering yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Trustwork did not report ready within 5 minutes");
    }

    /**
     * The test's own class path without empty entries: Failsafe's has one, which Java reads as the working
     * directory, and from there the repository's seeds/ folder would be read a second time next to the copy in
     * target/classes (the measure catalogue then refuses to start because every code appears twice).
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** SIGKILL: no shutdown hooks, no flushing, as in a power cut or an OOM kill. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
