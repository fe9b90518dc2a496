package org.trustwork.base.domain;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.trustwork.base.FrameworkOverride;

/**
 * On H2, Flyway's migrations run over a connection of their own that stays open until the app stops.
 * <p>
 * H2 2.4.240 evaluates a CHECK constraint's {@code IN (...)} list with the session that created the constraint
 * (h2database issues #4291 and #4308, fixed upstream by pull request #4311, after that release). Once that session
 * is closed, every insert or update of the table fails with 23514 "Check constraint invalid", caused by "The
 * database has been closed". Flyway used to take a pooled connection, and the pool closes every connection at the
 * end of its lifetime (Hikari's maxLifetime, 30 minutes), so an app that had created or migrated its database
 * refused every sign-in (an update of user_account) from half an hour after its start until it was restarted
 * (issue #25). A database that already exists when the app starts is not affected: H2 reads its stored
 * constraints with its own system session, which lives as long as the database.
 * <p>
 * Remove this when the H2 in use has #4311; {@code MigrationSessionTest} shows whether it is still needed.
 */
@Component
@FrameworkOverride(note = "0002", reliesOn = "H2 2.4.240 ties a check constraint to the session that created it")
class MigrationSession implements FlywayConfigurationCustomizer, DisposableBean {

    private final DataSource dataSource;
    private SingleConnectionDataSource own;

    MigrationSession(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void customize(FluentConfiguration configuration) {
        HikariDataSource pool = pool();
        if (pool == null || pool.getJdbcUrl() == null || !pool.getJdbcUrl().startsWith("jdbc:h2:")
                || configuration.getDataSource() != dataSource) {
            // not H2, or Flyway was given a database of its own (spring.flyway.url): left as configured
            return;
        }
        // the same URL as the pool, so that it opens the same database with the same settings;
        // close() is suppressed: Flyway closes what it is given, and this session must outlive it
        own = new SingleConnectionDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), true);
        configuration.dataSource(own);
    }

    private HikariDataSource pool() {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public synchronized void destroy() {
        if (own != null) {
            own.destroy();
            own = null;
        }
    }
}
