package dev.tandem.adapters.persistence;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * DOWN when the store cannot write: a full disk or a read-only database leaves reads (and so the connection
 * check) working while every turn fails. The check rewrites one row ({@code store_write_check}) and commits it,
 * at most once per {@link #FRESH_FOR} whoever asks, so polling {@code /actuator/health} costs the database
 * nothing more; a write that takes longer than {@link #PATIENCE} counts as failed.
 */
@Component("store")
public class StoreWriteHealthIndicator implements ReactiveHealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriteHealthIndicator.class);

    static final Duration FRESH_FOR = Duration.ofSeconds(10);
    static final Duration PATIENCE = Duration.ofSeconds(5);

    private final Mono<Health> check;

    @Autowired
    public StoreWriteHealthIndicator(DatabaseClient db, Clock clock) {
        this(db, clock, FRESH_FOR);
    }

    StoreWriteHealthIndicator(DatabaseClient db, Clock clock, Duration freshFor) {
        this.check = Mono.defer(() -> db.sql("UPDATE store_write_check SET written_at = :at WHERE id = 1")
                        .bind("at", clock.millis()).fetch().rowsUpdated())
                .timeout(PATIENCE)
                .map(rows -> rows == 1 ? Health.up().build()
                        : Health.down().withDetail("reason", "the store_write_check row is missing").build())
                .onErrorResume(failure -> {
                    LOG.warn("The store cannot write: {}", failure.toString());
                    return Mono.just(Health.down(failure).build());
                })
                .cache(freshFor);
    }

    @Override
    public Mono<Health> health() {
        return check;
    }
}
