package dev.tandem.bot.analytics;

import reactor.core.publisher.Mono;

/** Use case: the analytics summary over the last {@code days} days. */
public interface ViewAnalytics {

    int MAX_DAYS = 366;

    Mono<AnalyticsSummary> summary(int days);
}
