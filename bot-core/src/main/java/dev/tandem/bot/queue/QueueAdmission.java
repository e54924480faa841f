package dev.tandem.bot.queue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Keeps one client from filling the agent queue, and the queue from growing past what a team can work through:
 * at most {@code perClient} waiting chats handed off from one client address, and at most {@code ceiling}
 * waiting chats in all. A handoff refused here gets the "leave your e-mail" answer instead of a place in line.
 * Which address handed off which chat is remembered in memory on this node, and only while the chat waits.
 */
public final class QueueAdmission {

    private final int perClient;
    private final int ceiling;
    /** Waiting conversation → the client address it was handed off from. */
    private final Map<String, String> clients;

    public QueueAdmission(int perClient, int ceiling) {
        this(perClient, ceiling, new ConcurrentHashMap<>());
        if (perClient < 1 || ceiling < 1) {
            throw new IllegalArgumentException("queue limits must be at least 1, got " + perClient + " per client and "
                    + ceiling + " in all");
        }
    }

    private QueueAdmission(int perClient, int ceiling, Map<String, String> clients) {
        this.perClient = perClient;
        this.ceiling = ceiling;
        this.clients = clients;
    }

    public static QueueAdmission unlimited() {
        return new QueueAdmission(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** Whether {@code joining} may wait in the queue that {@code withJoining} shows with it already in line. */
    public boolean admits(QueueSnapshot withJoining, QueueEntry joining, Optional<String> client) {
        Set<String> waiting = withJoining.waiting().stream().map(QueueEntry::conversationId).collect(Collectors.toSet());
        clients.keySet().retainAll(waiting);
        if (waiting.size() > ceiling) {
            return false;
        }
        return client.map(address -> clients.entrySet().stream()
                        .filter(entry -> entry.getValue().equals(address) && !entry.getKey().equals(joining.conversationId()))
                        .count() < perClient)
                .orElse(true);
    }

    /** Whether an e-mail follow-up may wait: answered when the team gets to it, so only the per-client cap applies. */
    public boolean admitsFollowUp(QueueSnapshot withJoining, QueueEntry joining, Optional<String> client) {
        return new QueueAdmission(perClient, Integer.MAX_VALUE, clients).admits(withJoining, joining, client);
    }

    /** {@code conversationId} now waits in the queue, handed off from {@code client}. */
    public void joined(String conversationId, Optional<String> client) {
        client.ifPresent(address -> clients.put(conversationId, address));
    }
}
