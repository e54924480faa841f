package dev.tandem.bot.queue;

import dev.tandem.bot.team.AgentPresence;
import dev.tandem.bot.team.Presence;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.queue.port.AgentQueueStore;
import dev.tandem.intents.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * The queue together with the team working it: the stored entries, the agents and their presence, their
 * measured pace and the business hours. Answers questions about the queue as it is now (snapshots, a shopper's
 * place, whether anyone is in, who has been gone too long); the team itself is asked through its own ports.
 */
public final class LiveQueue implements WatchQueue {

    private final AgentQueueStore store;
    private final AgentRoster roster;
    private final AgentPresence presence;
    private final HandleTimes handleTimes;
    private final QueueSettings settings;
    private final BusinessHours hours;
    private final Clock clock;

    public LiveQueue(AgentQueueStore store, AgentRoster roster, AgentPresence presence, QueueSettings settings,
                     BusinessHours hours, Clock clock) {
        this.store = store;
        this.roster = roster;
        this.presence = presence;
        this.handleTimes = new HandleTimes(settings);
        this.settings = settings;
        this.hours = hours;
        this.clock = clock;
    }

    /** Loads the recent handle and pick-up times, so estimates after a restart start from the real pace. */
    public Mono<Void> seedHandleTimes() {
        return Mono.zip(
                        store.recentDurations(ConversationEvent.Type.RESOLVED, settings.averagedChats()).collectList(),
                        store.recentDurations(ConversationEvent.Type.CLAIMED, settings.averagedChats()).collectList())
                .doOnNext(times -> handleTimes.seed(times.getT1(), times.getT2()))
                .then();
    }

    @Override
    public Mono<QueueSnapshot> snapshot() {
        return store.entries().collectList().map(entries -> snapshotOf(entries, clock.instant()));
    }

    /** The queue as it will be once {@code joining} is added: where a conversation being handed off will stand. */
    public Mono<QueueSnapshot> snapshotWith(QueueEntry joining) {
        return store.entries().collectList().map(entries -> {
            List<QueueEntry> all = new ArrayList<>(entries);
            all.removeIf(entry -> entry.conversationId().equals(joining.conversationId()));
            all.add(joining);
            return snapshotOf(all, clock.instant());
        });
    }

    /** Where a waiting conversation stands in its language's line; empty when it is not waiting. */
    public Optional<QueueStatus> statusOf(QueueSnapshot snapshot, String conversationId) {
        return snapshot.entry(conversationId).flatMap(entry -> snapshot.positionOf(conversationId)
                .map(position -> new QueueStatus(position, snapshot.estimatedWait(entry.language(), position))));
    }

    @Override
    public Mono<Optional<QueueStatus>> statusOf(String conversationId) {
        return snapshot().map(snapshot -> statusOf(snapshot, conversationId));
    }

    /** Whether a handed-off shopper can expect a person soon: within business hours and someone online. */
    public boolean attended(Language language, Instant now) {
        return hours.isOpen(now) && roster.agents().stream()
                .anyMatch(agent -> agent.speaks(language) && presence.of(agent.name()) == Presence.ONLINE);
    }

    /** Where a handed-off shopper stands, or when the team is back: {@link QueueNotices}. */
    public String whereYouStand(Language language, QueueStatus status, boolean attended, Instant now, boolean byMail) {
        return QueueNotices.of(language, status, attended, hours, now, byMail);
    }

    /** Agents offline for longer than the grace period: their chats go back to the queue. */
    public List<String> absentAgents(Instant now) {
        return presence.offlineFor(settings.offlineGrace(), now);
    }

    public void recordPickup(Duration waited) {
        handleTimes.pickedUp(waited);
    }

    public void recordHandled(Duration handled) {
        handleTimes.handled(handled);
    }

    private QueueSnapshot snapshotOf(List<QueueEntry> entries, Instant now) {
        return new QueueSnapshot(entries, now, settings, roster.agents(), presence, handleTimes);
    }
}
