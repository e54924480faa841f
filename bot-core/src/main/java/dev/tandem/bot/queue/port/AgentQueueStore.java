package dev.tandem.bot.queue.port;

import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.queue.QueueEntry;
import java.time.Duration;
import reactor.core.publisher.Flux;

/** Reads the agent queue. Entries are written together with the turn that changes them ({@code TurnStore}). */
public interface AgentQueueStore {

    /** Every handed-off conversation not yet resolved or returned to the bot: waiting and held alike. */
    Flux<QueueEntry> entries();

    /**
     * The durations recorded on the latest events of a type, newest first: seconds waited before a claim
     * ({@code CLAIMED}) and seconds from claim to resolve ({@code RESOLVED}), to seed the moving averages.
     */
    Flux<Duration> recentDurations(ConversationEvent.Type type, int limit);
}
