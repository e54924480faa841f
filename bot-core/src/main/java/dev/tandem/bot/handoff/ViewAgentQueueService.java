package dev.tandem.bot.handoff;

import dev.tandem.bot.handoff.port.AgentQueueStore;
import java.time.Clock;
import java.time.Instant;
import reactor.core.publisher.Flux;

/** Lists the waiting line as agents see it: the store's order, with the waiting time as of now. */
public final class ViewAgentQueueService implements ViewAgentQueue {

    private final AgentQueueStore store;
    private final Clock clock;

    public ViewAgentQueueService(AgentQueueStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Flux<Waiting> waiting() {
        return Flux.defer(() -> {
            Instant now = clock.instant();
            return store.waiting().map(entry -> new Waiting(entry, entry.waitingSince(now)));
        });
    }
}
