package org.trustwork.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's file stays a bounded multiple of its data under a steady stream of small commits, the
 * way a clinic's day of autosaved notes and audit entries writes it. The same workload runs twice on fresh
 * files, with and without housekeeping.
 */
class EmbeddedStoreHousekeepingTest {

    private static final int COMMITS = 3_000;
    private static final int NOTES = 200;

    @TempDir
    Path dir;

    @Test
    void keepsTheFileCompactUnderManySmallCommits() throws Exception {
        StoreFigures without = runWorkload("plain", false);
        StoreFigures with = runWorkload("tidied", true);
        System.out.printf("[h2 housekeeping] without: %s%n[h2 housekeeping] with:    %s%n", without, with);

        assertThat(without.rowCount()).isEqualTo(with.rowCount());
        assertThat(without.chunksFillRate()).as("live share of the untidied chunks (the problem)").isLessThan(50);
        assertThat(with.chunksFillRate()).as("live share of the tidied chunks").isGreaterThanOrEqualTo(50);
        assertThat(with.fileBytes()).as("tidied file size").isLessThan(without.fileBytes() / 2);
        assertThat(with.chunkCount()).as("chunks H2 keeps track of").isLessThan(without.chunkCount() / 2);
    }

    @Test
    void leavesInMemoryDatabasesAlone() throws Exception {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:housekeeping-test;DB_CLOSE_DELAY=-1");
        try (Connection keepOpen = memory.getConnection()) {
            var housekeeping = new EmbeddedStoreHousekeeping(memory, true, Duration.ofSeconds(1), 1 << 20);
            assertThat(housekeeping.step()).isFalse();
        }
    }

    /**
     * Notes rewritten in place and an append-only log, one commit per statement. H2's retention time is zero here
     * so that chunks become rewritable at once instead of after the 45 s a running app waits.
     */
    private StoreFigures runWorkload(String name, boolean tidy) throws SQLException {
        JdbcDataSource files = new JdbcDataSource();
        files.setURL("jdbc:h2:file:" + dir.resolve(name).resolve("db").toAbsolutePath()
                + ";WRITE_DELAY=0;RETENTION_TIME=0");
        // 1 MiB steps: this checks that steps give space back; the app's smaller default is judged by the
        // benchmark's soak, where H2's 45 s retention, not the step size, decides what the file holds
        var housekeeping = new EmbeddedStoreHousekeeping(files, true, Duration.ofSeconds(1), 1 << 20);
        Random random = new Random(42);
        try (Connection connection = files.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(4000))");
                ddl.execute("CREATE TABLE log (id IDENTITY PRIMARY KEY, entry VARCHAR(400))");
                ddl.execute("INSERT INTO note SELECT x, REPEAT('n', 1500) FROM SYSTEM_RANGE(1, " + NOTES + ")");
            }
            try (PreparedStatement note = connection.prepareStatement("UPDATE note SET body = ? WHERE id = ?");
                 PreparedStatement log = connection.prepareStatement("INSERT INTO log (entry) VALUES (?)")) {
                for (int commit = 1; commit <= COMMITS; commit++) {
                    if (commit % 2 == 0) {
                        note.setString(1, "draft " + commit + " " + "x".repeat(1_000 + random.nextInt(800)));
                        note.setInt(2, 1 + random.nextInt(NOTES));
                        note.executeUpdate();
                    } else {
                        log.setString(1, "event " + commit + " " + "y".repeat(150 + random.nextInt(100)));
                        log.executeUpdate();
                    }
                    if (tidy && commit % 20 == 0) {
                        housekeeping.step();
                    }
                }
            }
            return StoreFigures.of(connection);
        }
    }

    private record StoreFigures(long fileBytes, int chunksFillRate, int chunkCount, long rowCount) {

        static StoreFigures of(Connection connection) throws SQLException {
            Map<String, String> info = new HashMap<>();
            long rows;
            try (Statement query = connection.createStatement()) {
                try (var result = query.executeQuery(
                        "SELECT setting_name, setting_value FROM information_schema.settings "
                                + "WHERE setting_name LIKE 'info.%'")) {
                    while (result.next()) {
                        info.put(result.getString(1), result.getString(2));
                    }
                }
                try (var result = query.executeQuery("SELECT COUNT(*) FROM log")) {
                    result.next();
                    rows = result.getLong(1);
                }
            }
            return new StoreFigures(Long.parseLong(info.get("info.FILE_SIZE")),
                    Integer.parseInt(info.get("info.CHUNKS_FILL_RATE")), Integer.parseInt(info.get("info.CHUNK_COUNT")), rows);
        }
    }
}
