package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.persistence.h2.H2DataDirectory;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.r2dbc.health.ConnectionFactoryHealthIndicator;
import org.springframework.r2dbc.core.DatabaseClient;

/** Health tells a store that can still write from one that only reads (a full disk, a read-only database). */
class StoreWriteHealthIndicatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void givenAStoreThatWrites_whenChecked_thenUpAndTheCheckRowCarriesTheTime(@TempDir Path dir) {
        DatabaseClient db = migrated(dir, "");

        Health health = new StoreWriteHealthIndicator(db, CLOCK).health().block();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(writtenAt(db)).isEqualTo(CLOCK.millis());
    }

    @Test
    void givenAStoreThatCanOnlyRead_whenChecked_thenDown(@TempDir Path dir) {
        migrated(dir, "");
        ConnectionFactory readOnly = factory(dir, ";ACCESS_MODE_DATA=r");
        assertThat(writtenAt(DatabaseClient.create(readOnly))).as("reads still work").isZero();
        assertThat(new ConnectionFactoryHealthIndicator(readOnly).health().block().getStatus())
                .as("the connection check alone calls it healthy").isEqualTo(Status.UP);

        Health health = new StoreWriteHealthIndicator(DatabaseClient.create(readOnly), CLOCK).health().block();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void givenManyHealthRequests_whenTheLastCheckIsFresh_thenTheStoreIsNotWrittenAgain(@TempDir Path dir) {
        DatabaseClient db = migrated(dir, "");
        MovingClock clock = new MovingClock();
        StoreWriteHealthIndicator indicator = new StoreWriteHealthIndicator(db, clock, Duration.ofMinutes(1));
        indicator.health().block();
        long first = writtenAt(db);

        clock.now = clock.now.plusSeconds(5);
        for (int i = 0; i < 100; i++) {
            assertThat(indicator.health().block().getStatus()).isEqualTo(Status.UP);
        }

        assertThat(writtenAt(db)).isEqualTo(first);
    }

    private static DatabaseClient migrated(Path dir, String options) {
        String file = dir.resolve("tandem").toString();
        Flyway.configure().dataSource("jdbc:h2:file:" + file + ";" + H2DataDirectory.h2Settings(), "sa", "")
                .locations("classpath:db/migration").load().migrate();
        return client(dir, options);
    }

    private static DatabaseClient client(Path dir, String options) {
        return DatabaseClient.create(factory(dir, options));
    }

    private static ConnectionFactory factory(Path dir, String options) {
        return ConnectionFactories.get(ConnectionFactoryOptions.parse("r2dbc:h2:file:///" + dir.resolve("tandem")
                        + "?options=" + H2DataDirectory.h2Settings() + options)
                .mutate().option(ConnectionFactoryOptions.USER, "sa").option(ConnectionFactoryOptions.PASSWORD, "")
                .build());
    }

    private static long writtenAt(DatabaseClient db) {
        return db.sql("SELECT written_at FROM store_write_check WHERE id = 1").map(row -> row.get(0, Long.class))
                .one().block();
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
