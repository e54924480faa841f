package dev.tandem.bot.handoff;

import dev.tandem.bot.agent.Agent;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import reactor.core.publisher.Flux;

/**
 * Lists the waiting line as an agent sees it: in queue order (follow-ups, then priority with ageing, then
 * longest waiting), only the languages the agent speaks, with the waiting time as of now.
 */
public final class ViewAgentQueueService implements ViewAgentQueue {

    private final LiveQueue queue;
    private final Clock clock;

    public ViewAgentQueueService(LiveQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public Flux<Waiting> waiting(String agent) {
        return queue.snapshot().flatMapIterable(snapshot -> {
            Instant now = clock.instant();
            Agent viewer = queue.roster().find(agent).orElseGet(() -> new Agent(agent, Set.of(), 1));
            return snapshot.waitingFor(viewer).stream().map(entry -> new Waiting(entry, entry.waitingSince(now))).toList();
        });
    }
}
