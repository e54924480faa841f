package dev.tandem.bot.handoff;

import java.time.Duration;
import reactor.core.publisher.Flux;

/** Use case: an agent looks at the conversations waiting for a person, in the order they should be taken. */
public interface ViewAgentQueue {

    /** What {@code agent} may take, next first. */
    Flux<Waiting> waiting(String agent);

    /** A queue entry with how long it has waited so far. */
    record Waiting(QueueEntry entry, Duration waited) {
    }
}
