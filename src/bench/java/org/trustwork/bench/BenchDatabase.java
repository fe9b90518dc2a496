package org.trustwork.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The database the benchmark's apps run on: H2 files, the embedded default ({@code -Dbench.database=h2}), or
 * PostgreSQL, the production database ({@code -Dbench.database=postgres}). Either way one template is seeded once
 * by the app itself and every run gets a fresh copy of it, so each run starts from the same state.
 */
abstract sealed class BenchDatabase permits BenchDatabase.H2, BenchDatabase.Postgres {

    /** One run's database: the arguments that point the app at it, and how to read how much disk it takes. */
    record Copy(List<String> appArguments, StoredSize storedSize) {

        /** Bytes the database takes on disk now, or -1 when that cannot be read. */
        long storedBytes() {
            try {
                return storedSize.bytes();
            } catch (IOException | SQLException e) {
                return -1;
            }
        }
    }

    @FunctionalInterface
    interface StoredSize {
        long bytes() throws IOException, SQLException;
    }

    private static BenchDatabase configured;

    static synchronized BenchDatabase configured() {
        if (configured == null) {
            String name = System.getProperty("bench.database", "h2").strip().toLowerCase(Locale.ROOT);
            configured = switch (name) {
                case "h2" -> new H2();
                case "postgres", "postgresql" -> new Postgres();
                default -> throw new IllegalArgumentException("-Dbench.database=" + name + ": use h2 or postgres");
            };
        }
        return configured;
    }

    /** For the results' header: what the app stored its data in. */
    abstract String description();

    /** Where the template and its seats file are kept between benchmark runs. */
    abstract Path templateDir();

    /** Whether the template's data is still there (the seats file alone does not prove it). */
    abstract boolean holdsTemplate();

    /** An empty template for the seeding app to fill; {@link #templateDir()} has just been emptied. */
    abstract Copy emptyTemplate() throws Exception;

    abstract Copy freshCopy(String name) throws Exception;

    /**
     * Processes other than the app that do a run's database work, for the CPU they use; none for H2, which runs
     * inside the app.
     */
    abstract Stream<ProcessHandle> serverProcesses();

    /** H2 in file mode, with the options of the app's default URL (application.properties): keep them alike. */
    static final class H2 extends BenchDatabase {

        @Override
        String description() {
            return "H2 file database";
        }

        @Override
        Path templateDir() {
            return BenchConfig.workDir().resolve("template");
        }

        private Path templateFiles() {
            return templateDir().resolve("db");
        }

        @Override
        boolean holdsTemplate() {
            return Files.isDirectory(templateFiles());
        }

        @Override
        Copy emptyTemplate() throws IOException {
            return at(templateFiles());
        }

        @Override
        Copy freshCopy(String name) throws IOException {
            Path target = BenchConfig.workDir().resolve("runs").resolve(name);
            BenchData.deleteTree(target);
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(templateFiles())) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return at(target);
        }

        private static Copy at(Path dir) throws IOException {
            Files.createDirectories(dir);
            return new Copy(List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("trustwork").toAbsolutePath()
                    + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=256;AUTO_SERVER=FALSE"),
                    () -> Files.size(dir.resolve("trustwork.mv.db")));
        }

        @Override
        Stream<ProcessHandle> serverProcesses() {
            return Stream.empty();
        }
    }

    /**
     * A PostgreSQL server on this machine, from the same Maven Central binaries as the PostgreSQL tests, its data
     * directory kept under the template directory. Unlike the tests' server it commits synchronously, as a
     * production server does, so a save costs what it would cost in a clinic. Runs are copies made with
     * {@code CREATE DATABASE ... TEMPLATE}, which copies the seeded database file by file in a second or two. Statements
 * slower than 100 ms are written to target/bench/postgres.log.
     */
    static final class Postgres extends BenchDatabase {

        private static final String TEMPLATE = "bench_template";
        private EmbeddedPostgres server;

        @Override
        String description() {
            return "PostgreSQL " + serverVersion() + " on this machine (synchronous commits)";
        }

        @Override
        Path templateDir() {
            return BenchConfig.workDir().resolve("template-postgres");
        }

        private Path dataDir() {
            return templateDir().resolve("pgdata");
        }

        @Override
        boolean holdsTemplate() {
            return Files.isDirectory(dataDir());
        }

        @Override
        Copy emptyTemplate() throws Exception {
            return recreate(TEMPLATE, null);
        }

        @Override
        Copy freshCopy(String name) throws Exception {
            return recreate("run_" + name.replaceAll("\\W", "_"), TEMPLATE);
        }

        private Copy recreate(String database, String template) throws SQLException, IOException {
            try (var connection = DriverManager.getConnection(server().getJdbcUrl("postgres", "postgres"));
                 var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + database + (template == null ? "" : " TEMPLATE " + template));
            }
            String url = server().getJdbcUrl("postgres", database);
            return new Copy(List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password="), () -> {
                        try (var connection = DriverManager.getConnection(url);
                             var result = connection.createStatement()
                                     .executeQuery("SELECT pg_database_size(current_database())")) {
                            return result.next() ? result.getLong(1) : -1;
                        }
                    });
        }

        private synchronized EmbeddedPostgres server() throws IOException {
            if (server == null) {
                Files.createDirectories(dataDir());
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir())
                        .setCleanDataDirectory(false)
                        .setServerConfig("synchronous_commit", "on")
                        // evidence of a slow query, should there be one: target/bench/postgres.log
                        .setServerConfig("log_min_duration_statement", "100ms")
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                                BenchConfig.workDir().resolve("postgres.log").toFile()))
                        .start();
            }
            return server;
        }

        private String serverVersion() {
            try (var connection = DriverManager.getConnection(server().getJdbcUrl("postgres", "postgres"));
                 var result = connection.createStatement().executeQuery("SHOW server_version")) {
                return result.next() ? result.getString(1) : "";
            } catch (SQLException | IOException e) {
                return "(version unknown: " + e.getMessage() + ")";
            }
        }

        /** The postmaster (its pid is the first line of postmaster.pid) and every backend and worker under it. */
        @Override
        Stream<ProcessHandle> serverProcesses() {
            try {
                long pid = Long.parseLong(Files.readAllLines(dataDir().resolve("postmaster.pid")).getFirst().strip());
                return ProcessHandle.of(pid).stream().flatMap(postmaster ->
                        Stream.concat(Stream.of(postmaster), postmaster.descendants()));
            } catch (IOException | RuntimeException notRunning) {
                return Stream.empty();
            }
        }
    }
}
