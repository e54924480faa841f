package dev.tandem.bot.handoff.port;

import dev.tandem.bot.handoff.QueueEntry;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the waiting line of conversations. Entries are written together with the turn that queued them. */
public interface AgentQueueStore {

    /** Waiting conversations, highest priority first, then longest waiting first. */
    Flux<QueueEntry> waiting();

    /** How many waiting conversations an entry of this priority queued at this instant would wait behind. */
    Mono<Long> waitingAhead(int priority, Instant queuedAt);

    /** 1-based place of a waiting conversation in line; empty when it is not waiting. */
    Mono<Integer> positionOf(String conversationId);
}
