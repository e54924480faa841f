package dev.tandem.bot.queue;

import java.util.Optional;
import reactor.core.publisher.Mono;

/** Use case: the queue as it is now, for the dashboards and for a waiting shopper's place in line. */
public interface WatchQueue {

    Mono<QueueSnapshot> snapshot();

    /** Where a waiting conversation stands in its language's line; empty when it is not waiting. */
    Mono<Optional<QueueStatus>> statusOf(String conversationId);
}
