package dev.tandem.bot.queue;

import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.AgentPresence;
import dev.tandem.bot.team.Presence;
import dev.tandem.intents.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The agent queue at one instant, with the team as it is right now: who waits in which order, which chats
 * each agent holds, and how long a waiting shopper will likely wait.
 */
public final class QueueSnapshot {

    private final List<QueueEntry> entries;
    private final List<QueueEntry> waiting;
    private final List<QueueEntry> held;
    private final List<Agent> agents;
    private final AgentPresence presence;
    private final HandleTimes handleTimes;

    public QueueSnapshot(List<QueueEntry> entries, Instant now, QueueSettings settings, List<Agent> agents,
                         AgentPresence presence, HandleTimes handleTimes) {
        this.entries = List.copyOf(entries);
        this.waiting = entries.stream().filter(QueueEntry::isWaiting).sorted(QueueOrder.at(now, settings.ageingStep()))
                .toList();
        this.held = entries.stream().filter(entry -> !entry.isWaiting()).toList();
        this.agents = List.copyOf(agents);
        this.presence = presence;
        this.handleTimes = handleTimes;
    }

    /** All waiting conversations, the next to take first. */
    public List<QueueEntry> waiting() {
        return waiting;
    }

    /** What this agent can take: conversations in the languages they speak. */
    public List<QueueEntry> waitingFor(Agent agent) {
        return waiting.stream().filter(entry -> agent.speaks(entry.language())).toList();
    }

    public Optional<QueueEntry> entry(String conversationId) {
        return entries.stream().filter(entry -> entry.conversationId().equals(conversationId)).findFirst();
    }

    public List<QueueEntry> heldBy(String agent) {
        return held.stream().filter(entry -> entry.assignedAgent().filter(agent::equals).isPresent()).toList();
    }

    public int load(String agent) {
        return heldBy(agent).size();
    }

    /** 1-based place among the conversations waiting for the same language's agents; empty if not waiting. */
    public Optional<Integer> positionOf(String conversationId) {
        Optional<QueueEntry> own = waiting.stream().filter(entry -> entry.conversationId().equals(conversationId))
                .findFirst();
        return own.map(entry -> {
            List<QueueEntry> line = waiting.stream().filter(other -> other.language() == entry.language()).toList();
            return line.indexOf(entry) + 1;
        });
    }

    /**
     * The expected wait of a shopper at {@code position} in the language's line: immediate pick-up while
     * online agents have free places, else the chats ahead must finish at the team's measured pace. Empty
     * when nobody who speaks the language is online: no honest number exists then.
     */
    public Optional<Duration> estimatedWait(Language language, int position) {
        List<Agent> online = online(language);
        if (online.isEmpty()) {
            return Optional.empty();
        }
        int places = online.stream().mapToInt(Agent::capacity).sum();
        int free = online.stream().mapToInt(agent -> Math.max(0, agent.capacity() - load(agent.name()))).sum();
        Duration pickup = handleTimes.averagePickup();
        int ahead = position - 1;
        if (ahead < free) {
            return Optional.of(pickup);
        }
        double rounds = (double) (ahead - free + 1) / places;
        return Optional.of(pickup.plusSeconds(Math.round(handleTimes.averageHandle().toSeconds() * rounds)));
    }

    private List<Agent> online(Language language) {
        return agents.stream()
                .filter(agent -> agent.speaks(language) && presence.of(agent.name()) == Presence.ONLINE)
                .toList();
    }
}
