package dev.tandem.bot.queue;

import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.intents.Language;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;

/**
 * Lists the waiting line as an agent sees it: in queue order (follow-ups, then priority with ageing, then
 * longest waiting), only the languages the agent speaks, with the waiting time as of now.
 */
public final class ViewAgentQueueService implements ViewAgentQueue {

    private final LiveQueue queue;
    private final AgentRoster roster;
    private final Supplier<ShopKnowledge> knowledge;
    private final Clock clock;

    public ViewAgentQueueService(LiveQueue queue, AgentRoster roster, Supplier<ShopKnowledge> knowledge, Clock clock) {
        this.queue = queue;
        this.roster = roster;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    @Override
    public Flux<Waiting> waiting(String agent) {
        return queue.snapshot().flatMapIterable(snapshot -> {
            Instant now = clock.instant();
            Agent viewer = roster.find(agent).orElseGet(() -> new Agent(agent, Set.of(), 1));
            ShopKnowledge shop = knowledge.get();
            return snapshot.waitingFor(viewer).stream()
                    .map(entry -> new Waiting(entry, entry.waitingSince(now), topicTitles(entry, shop))).toList();
        });
    }

    /** The agent reads the topic in their own language wherever the content has it. */
    private static Map<Language, String> topicTitles(QueueEntry entry, ShopKnowledge shop) {
        Map<Language, String> titles = new EnumMap<>(Language.class);
        entry.request().topic().ifPresent(intent -> {
            for (Language language : Language.values()) {
                shop.topicTitle(intent, language).ifPresent(title -> titles.put(language, title));
            }
        });
        return titles;
    }
}
