package dev.tandem.bot.team;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is at their desk. Kept in memory on this node: presence follows the agent's live connection, which
 * ends with the node anyway. An agent nobody has seen is offline.
 */
public final class AgentPresence implements TrackAgentPresence {

    private final Map<String, Status> statuses = new ConcurrentHashMap<>();
    private final Runnable changed;

    public AgentPresence() {
        this(() -> { });
    }

    /** @param changed told after someone's presence changed (the wait estimates shoppers see change with it) */
    public AgentPresence(Runnable changed) {
        this.changed = changed;
    }

    public record Status(Presence presence, Instant since) {
    }

    @Override
    public void set(String agent, Presence presence, Instant now) {
        Status before = statuses.get(agent);
        Status after = statuses.compute(agent, (name, old) -> old != null && old.presence() == presence ? old
                : new Status(presence, now));
        announce(before, after);
    }

    @Override
    public void seen(String agent, Instant now) {
        Status before = statuses.get(agent);
        Status after = statuses.compute(agent, (name, old) -> old == null || old.presence() == Presence.OFFLINE
                ? new Status(Presence.ONLINE, now) : old);
        announce(before, after);
    }

    private void announce(Status before, Status after) {
        if ((before == null ? Presence.OFFLINE : before.presence()) != after.presence()) {
            changed.run();
        }
    }

    @Override
    public Presence of(String agent) {
        Status status = statuses.get(agent);
        return status == null ? Presence.OFFLINE : status.presence();
    }

    /** Agents who went offline at least {@code grace} ago: their chats should go back to the queue. */
    public List<String> offlineFor(Duration grace, Instant now) {
        return statuses.entrySet().stream()
                .filter(entry -> entry.getValue().presence() == Presence.OFFLINE
                        && !entry.getValue().since().plus(grace).isAfter(now))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
