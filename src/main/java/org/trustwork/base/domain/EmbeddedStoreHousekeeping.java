package org.trustwork.base.domain;

import jakarta.annotation.PreDestroy;
import org.trustwork.base.TrustworkProperties;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.trustwork.base.FrameworkOverride;

/**
 * Keeps the embedded H2 file database compact while the app runs.
 * <p>
 * H2 writes every commit as a new chunk at the end of its file and, in a background thread, rewrites the live
 * pages of mostly dead chunks so that their space can be reused. The URL's {@code WRITE_DELAY=0}, which puts a save
 * into the file before the app reports it, also switches that thread off (h2database issue #442), so under steady
 * use the file and H2's in-memory list of chunks grew without limit (the benchmark's soak: 28 MB to 390 MB in six
 * minutes). This does the background thread's rewriting from a thread of our own, a bounded amount per step, with
 * MVStore's own {@code compact} and {@code commit}. Rewritten pages go through H2's ordinary commit path, so a
 * crash at any moment leaves the same guarantees as before. The store is reached through H2's engine classes,
 * which are not a stable API: after an H2 upgrade, {@code EmbeddedStoreHousekeepingTest} shows whether this still
 * works.
 * <p>
 * H2's retention time (45 s, during which a replaced chunk is not overwritten, so that a power cut cannot leave the
 * file pointing at half-overwritten space) is left as it is; with one chunk per commit it is what the file still
 * holds beyond the data under heavy load: about 4,500 chunks and 190 MB at the benchmark's 80 commits a second,
 * a few megabytes at a clinic's pace.
 * <p>
 * It does nothing on PostgreSQL, H2 in memory, or H2 reached over the network (no local store to tidy).
 */
@Component
@FrameworkOverride(note = "0002", reliesOn = "H2 2.4.240 internals: the MVStore behind a local JDBC session, MVStore.compact")
class EmbeddedStoreHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreHousekeeping.class);

    /** Rewrite when less than this share (percent) of the chunks' bytes is live, as H2 does when busy. */
    static final int TARGET_FILL_RATE = 80;

    /**
     * Small steps: a step runs under H2's store lock, so every commit waits for it. At 200 therapists 64 KiB steps
     * took at most 53 ms (256 KiB: 298 ms) and kept the file as small as larger steps did (README "H2's store").
     */
    static final int DEFAULT_BYTES_PER_STEP = 64 * 1024;

    private final DataSource dataSource;
    private final boolean enabled;
    private final Duration interval;
    private final int liveBytesPerStep;
    private ScheduledExecutorService executor;
    private volatile boolean stopping;

    @org.springframework.beans.factory.annotation.Autowired
    EmbeddedStoreHousekeeping(DataSource dataSource, TrustworkProperties properties) {
        this(dataSource, properties.h2().housekeeping().enabled(), properties.h2().housekeeping().interval(),
                properties.h2().housekeeping().bytesPerStep());
    }

    EmbeddedStoreHousekeeping(DataSource dataSource, boolean enabled, Duration interval, int liveBytesPerStep) {
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.interval = interval;
        this.liveBytesPerStep = liveBytesPerStep;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!enabled || executor != null || !hasLocalStore()) {
            return;
        }
        // its own thread rather than @Scheduled: a step can wait on H2's store lock, and Spring's single scheduler
        // thread also runs the idle logoff, which must not wait behind it
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "h2-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::stepQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Embedded H2 store: housekeeping every {} ms", interval.toMillis());
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        stopping = true;
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(10, TimeUnit.SECONDS);
            executor = null;
        }
    }

    /**
     * One step: if the chunks' fill rate is below the target, rewrites up to {@code liveBytesPerStep} of live pages
     * out of the emptiest old chunks and commits them; the chunks left empty are freed by a later commit, once H2's
     * retention time has passed.
     *
     * @return whether anything was rewritten
     */
    boolean step() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = localStore(connection);
            if (store == null || store.isClosed()) {
                return false;
            }
            long startedNanos = System.nanoTime();
            boolean rewrote = store.compact(TARGET_FILL_RATE, liveBytesPerStep);
            if (rewrote) {
                store.commit();
            }
            // the step's length is what a commit may wait for it (see DEFAULT_BYTES_PER_STEP)
            if (rewrote && log.isDebugEnabled()) {
                log.debug("Rewrote live pages out of old chunks in {} ms: chunks now {}% live, file {}% used, {} MB",
                        (System.nanoTime() - startedNanos) / 1_000_000, store.getFileStore().getChunksFillRate(),
                        store.getFillRate(), store.getFileStore().size() / 1_000_000);
            }
            if (log.isTraceEnabled()) {
                var info = new TreeMap<String, String>();
                store.populateInfo(info::put);
                log.trace("H2 store: retention {} ms, {}", store.getRetentionTime(), info);
            }
            return rewrote;
        }
    }

    private void stepQuietly() {
        try {
            step();
        } catch (MVStoreException e) {
            if (stopping || e.getErrorCode() == DataUtils.ERROR_CLOSED) {
                log.debug("H2 housekeeping step failed: the store is closing", e);
            } else {
                // H2 closes its store when a rewrite fails inside it (h2database #4374, docs/design-decisions/0002);
                // this is then the one line that says why the database went away
                log.warn("H2 housekeeping step failed", e);
            }
        } catch (SQLException | RuntimeException e) {
            // the next step tries again; a closing database is the usual cause
            log.debug("H2 housekeeping step failed", e);
        }
    }

    private boolean hasLocalStore() {
        try (Connection connection = dataSource.getConnection()) {
            return localStore(connection) != null;
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not inspect the database for H2 housekeeping; it stays off", e);
            return false;
        }
    }

    /** The file store behind an embedded H2 connection, or null for any other database. */
    private static MVStore localStore(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return null;
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.isPersistent() && !store.isReadOnly() ? store : null;
    }
}
