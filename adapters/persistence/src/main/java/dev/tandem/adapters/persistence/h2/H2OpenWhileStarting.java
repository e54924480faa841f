package dev.tandem.adapters.persistence.h2;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationListener;
import reactor.core.publisher.Mono;

/**
 * Keeps the embedded H2 database open from Flyway's check until the R2DBC pool has a connection. Flyway works on
 * its own JDBC connection and closes it; H2 closes a database with its last connection, and closing runs H2's
 * file compaction (seconds on a large file; {@code MAX_COMPACT_TIME} does not bound it) before the pool opens the
 * same file again, so the start would grow with the data. Held here, the database is opened once and compacted on
 * shutdown only. The end of the server is left to the pool's connections.
 */
final class H2OpenWhileStarting implements FlywayMigrationStrategy, ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(H2OpenWhileStarting.class);

    private final ObjectProvider<ConnectionFactory> pool;
    private volatile java.sql.Connection held;

    H2OpenWhileStarting(ObjectProvider<ConnectionFactory> pool) {
        this.pool = pool;
    }

    @Override
    public void migrate(Flyway flyway) {
        hold(flyway.getConfiguration().getDataSource());
        flyway.migrate();
    }

    private void hold(DataSource dataSource) {
        try {
            java.sql.Connection connection = dataSource.getConnection();
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:file:")) {
                held = connection;
            } else {
                connection.close();
            }
        } catch (SQLException e) {
            // Flyway's own connection will report what is wrong with the database.
            LOG.debug("Could not hold the database open while starting", e);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        handOverToPool();
        release();
    }

    /** A start that failed after Flyway lets go here. */
    @Override
    public void destroy() {
        release();
    }

    /** One pooled connection taken and given back, so the pool keeps the database open once this one lets go. */
    private void handOverToPool() {
        ConnectionFactory factory = pool.getIfUnique();
        if (held == null || factory == null) {
            return;
        }
        try {
            Mono.usingWhen(Mono.from(factory.create()), connection -> Mono.just(true), Connection::close)
                    .block(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            LOG.debug("No pooled connection at start-up; the database closes with this one", e);
        }
    }

    private void release() {
        java.sql.Connection connection = held;
        held = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the start-up connection failed", e);
            }
        }
    }

    /** Whether the database is being held open (start-up not over yet). */
    boolean holding() {
        return held != null;
    }
}
