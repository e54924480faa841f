package dev.tandem.bot.analytics;

import dev.tandem.bot.analytics.port.AnalyticsStore;
import java.time.Clock;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** The summary over a bounded window, so a request can never ask the database to scan forever. */
public final class ViewAnalyticsService implements ViewAnalytics {

    private static final int UNANSWERED_LISTED = 20;

    private final AnalyticsStore store;
    private final Clock clock;

    public ViewAnalyticsService(AnalyticsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Mono<AnalyticsSummary> summary(int days) {
        if (days < 1 || days > MAX_DAYS) {
            return Mono.error(new IllegalArgumentException("days must be from 1 to " + MAX_DAYS));
        }
        return store.summarise(clock.instant().minus(Duration.ofDays(days)), UNANSWERED_LISTED);
    }
}
