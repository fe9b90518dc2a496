package org.trustwork.base.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Start-up seeding (the practice catalogue, the measures, the first admin, the demo clinic) runs on one instance at
 * a time: two instances starting together on an empty database would otherwise both insert the catalogue, and one
 * would die on a duplicate key. On PostgreSQL the first runner takes a session-level advisory lock on a connection of
 * its own and the ready event releases it, so a second instance waits, then finds everything seeded and only checks
 * it. The instance reports ready (Actuator readiness) only after that. Embedded H2 is one instance by nature (its file
 * can be opened by one process), so it needs no lock.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupLock implements ApplicationRunner {

    /** Any fixed number: the key of Trustwork's start-up lock among the database's advisory locks. */
    private static final long LOCK_KEY = 0x7452_5553_5457_4b01L;
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void run(ApplicationArguments args) throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            connection.close();
            return;
        }
        long started = System.nanoTime();
        try (var statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            statement.execute();
        }
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        if (waitedMillis > 100) {
            log.info("Waited {} ms for another instance to finish its start-up seeding", waitedMillis);
        }
        held = connection;
    }

    /** Runs after every runner and ready listener that seeds (they are ordered before this one). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void onReady() {
        release();
    }

    @EventListener(ApplicationFailedEvent.class)
    public void onFailed() {
        release();
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held; var statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            statement.setLong(1, LOCK_KEY);
            statement.execute();
        } catch (SQLException e) {
            // A pooled connection that kept the lock must not be lent out again: the pool closes it, which ends
            // the database session and with it the lock.
            log.warn("Could not release the start-up lock; closing its connection instead", e);
            try {
                dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).evictConnection(held);
            } catch (SQLException | RuntimeException notHikari) {
                log.debug("Connection not evicted", notHikari);
            }
        } finally {
            held = null;
        }
    }
}
