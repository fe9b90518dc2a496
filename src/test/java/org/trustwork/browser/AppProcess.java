package org.trustwork.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Trustwork in its own JVM on a file database, so a test can kill it with SIGKILL and start it again. */
final class AppProcess implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private Process process;

    AppProcess(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the app and returns once it reports that it has started (read from its own output, no polling). */
    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "org.trustwork.Application",
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("trustwork") + ";WRITE_DELAY=0",
                "--trustwork.demo-data.enabled=true",
                "--trustwork.demo-data.history=false",
                "--logging.level.root=warn",
                "--logging.level.org.trustwork.Application=info"));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var started = new CompletableFuture<Void>();
        Thread.ofPlatform().daemon().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.contains("Started Application")) {
                        started.complete(null);
                    }
                }
                started.completeExceptionally(new IllegalStateException("Trustwork exited before it started"));
            } catch (IOException e) {
                started.completeExceptionally(e);
            }
        });
        started.get(120, TimeUnit.SECONDS);
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
