package dev.tandem.bot.analytics.port;

import dev.tandem.bot.analytics.AnalyticsSummary;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Counts the stored conversations, events and ratings (the store does the aggregation where the data is). */
public interface AnalyticsStore {

    /** @param unansweredLimit how many of the most frequent unanswered questions to list */
    Mono<AnalyticsSummary> summarise(Instant since, int unansweredLimit);
}
