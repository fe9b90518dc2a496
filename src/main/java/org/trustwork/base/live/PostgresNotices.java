package org.trustwork.base.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Carries live notices between instances that share one PostgreSQL database, with LISTEN/NOTIFY. A notice is sent
 * with {@code pg_notify} in the publishing transaction, so PostgreSQL delivers it only when (and if) the change is
 * committed; each instance keeps one connection of its own listening, skips the notices it sent itself, and
 * reconnects when the connection is lost, after which every open screen redraws once (it may have missed notices).
 * On H2 (one instance by nature) it does nothing and notices stay in the JVM.
 */
@Component
class PostgresNotices implements SmartLifecycle {

    static final String CHANNEL = "trustwork_live";
    private static final Logger log = LoggerFactory.getLogger(PostgresNotices.class);
    /** PostgreSQL's limit on a notice's payload is 8000 bytes; notices are a type name and a few ids. */
    private static final int MAX_TOPIC = 7000;

    private final LiveUpdates live;
    private final JdbcTemplate jdbc;
    private final String url;
    private final String user;
    private final String password;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running;
    private volatile Thread listener;

    PostgresNotices(LiveUpdates live, JdbcTemplate jdbc,
                    @Value("${spring.datasource.url}") String url,
                    @Value("${spring.datasource.username:}") String user,
                    @Value("${spring.datasource.password:}") String password) {
        this.live = live;
        this.jdbc = jdbc;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public void start() {
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        running = true;
        live.sendToOtherInstancesWith(this::send);
        listener = Thread.ofPlatform().daemon().name("live-notices-listener").start(this::listen);
    }

    private void send(String topic) {
        if (topic.length() > MAX_TOPIC) {
            log.warn("Live notice not sent to other instances: topic too long");
            return;
        }
        // Joins the publishing transaction's connection when there is one (JdbcTemplate takes it from the manager).
        jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, instance + " " + topic);
    }

    private void listen() {
        Duration wait = Duration.ofSeconds(1);
        boolean reconnect = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                try (var statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                if (reconnect) {
                    log.info("Live notices from other instances: listening again");
                    live.refreshEverything();
                }
                wait = Duration.ofSeconds(1);
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notices.getNotifications(10_000);
                    if (received == null) {
                        continue;
                    }
                    for (PGNotification notice : received) {
                        String payload = notice.getParameter();
                        int space = payload.indexOf(' ');
                        if (space > 0 && !payload.substring(0, space).equals(instance)) {
                            live.receivedFromOtherInstance(payload.substring(space + 1));
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                log.warn("Live notices from other instances: connection lost ({}); trying again in {} s",
                        e.getMessage(), wait.toSeconds());
                reconnect = true;
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException stop) {
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : wait.multipliedBy(2);
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
