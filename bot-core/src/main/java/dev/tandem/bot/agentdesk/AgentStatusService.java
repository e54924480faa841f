package dev.tandem.bot.agentdesk;

import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.AgentPresence;
import dev.tandem.bot.team.Presence;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.bot.queue.LiveQueue;
import dev.tandem.intents.Language;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** An agent's presence and how the desk sees them, from the roster, this node's presence and the queue. */
public final class AgentStatusService implements AgentStatus {

    private final AgentRoster roster;
    private final AgentPresence presence;
    private final LiveQueue queue;
    private final Clock clock;

    public AgentStatusService(AgentRoster roster, AgentPresence presence, LiveQueue queue, Clock clock) {
        this.roster = roster;
        this.presence = presence;
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public Mono<Me> setPresence(String agent, Presence status) {
        return Mono.defer(() -> {
            presence.set(agent, status, clock.instant());
            return me(agent);
        });
    }

    @Override
    public Mono<Me> me(String agent) {
        return queue.snapshot().map(snapshot -> {
            Optional<Agent> known = roster.find(agent);
            List<Language> languages = known.map(found -> found.languages().stream()
                    .sorted(Comparator.comparing(Language::code)).toList()).orElse(List.of());
            return new Me(agent, known.map(Agent::displayName).orElse(agent), known.flatMap(Agent::avatarUrl),
                    presence.of(agent), known.map(Agent::capacity).orElse(0), snapshot.load(agent), languages);
        });
    }
}
