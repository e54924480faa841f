package dev.tandem.adapters.events;

import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.port.ConversationEvents;
import dev.tandem.bot.team.TrackAgentPresence;
import dev.tandem.bot.team.Presence;
import io.r2dbc.spi.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/**
 * Publishes with the postgres profile: to this node's streams at once ({@link InProcessConversationEvents}),
 * and to the other nodes with {@code pg_notify}. Called after the turn committed, so a notice never announces
 * a change that could still roll back, and the message a notice points to is readable by then.
 *
 * <p>Notices leave in the order they were published: one batch at a time, each on one connection, one
 * {@code pg_notify} after the other (PostgreSQL delivers a session's notifications in commit order). A failed
 * send is logged and dropped, never retried out of order: streams heal from the store by seq (see
 * {@code ShopperStreamHandler}) and agent queues on the next queue change.
 */
@Component
@Primary
@Profile("postgres")
public class PostgresNotifyPublisher implements ConversationEvents, PresenceRelay, ContentChangeRelay, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotifyPublisher.class);
    private static final int BATCH = 256;
    /**
     * How often the agents connected here are announced again: a node started later, or one that missed an
     * announcement, learns who is at their desk within this time.
     */
    private static final Duration PRESENCE_HEARTBEAT = Duration.ofSeconds(10);

    private final InProcessConversationEvents local;
    private final DatabaseClient db;
    private final EventChannel channel;
    private final ObjectMapper json;
    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AgentConnections connections;
    private final TrackAgentPresence presence;
    private final Clock clock;
    private volatile Disposable heartbeat;

    public PostgresNotifyPublisher(InProcessConversationEvents local, DatabaseClient db, EventChannel channel,
                                   ObjectMapper json, AgentConnections connections, TrackAgentPresence presence, Clock clock) {
        this.local = local;
        this.db = db;
        this.channel = channel;
        this.json = json;
        this.connections = connections;
        this.presence = presence;
        this.clock = clock;
    }

    @Override
    public void announce(String agent, Presence state, Instant at) {
        pending.add(json.writeValueAsString(EventNotice.presence(channel.node(), agent, state, at)));
        drain();
    }

    @Override
    public void contentChanged() {
        pending.add(json.writeValueAsString(EventNotice.contentChanged(channel.node(), clock.instant())));
        drain();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startHeartbeat() {
        heartbeat = Flux.interval(PRESENCE_HEARTBEAT)
                .onBackpressureDrop()
                .subscribe(tick -> connections.agentsHere()
                        .forEach(agent -> announce(agent, presence.of(agent), clock.instant())));
    }

    @Override
    public void destroy() {
        if (heartbeat != null) {
            heartbeat.dispose();
        }
    }

    @Override
    public void publish(List<ConversationEvent> events) {
        local.publish(events);
        events.forEach(event -> pending.add(json.writeValueAsString(EventNotice.of(channel.node(), event))));
        drain();
    }

    /** Sends what is pending unless a send is under way; that one drains again when it is done. */
    private void drain() {
        while (sending.compareAndSet(false, true)) {
            List<String> batch = new ArrayList<>();
            for (String notice = pending.poll(); notice != null; notice = batch.size() < BATCH ? pending.poll() : null) {
                batch.add(notice);
            }
            if (!batch.isEmpty()) {
                send(batch).doFinally(signal -> {
                    sending.set(false);
                    drain();
                }).subscribe();
                return;
            }
            sending.set(false);
            if (pending.isEmpty()) {
                return;
            }
        }
    }

    private Mono<Void> send(List<String> batch) {
        return db.inConnection(connection -> Flux.fromIterable(batch)
                        .concatMap(notice -> notify(connection, notice))
                        .then())
                .onErrorResume(failure -> {
                    LOG.warn("Could not notify the other nodes of {} events; their live streams catch up later: {}",
                            batch.size(), failure.toString());
                    return Mono.empty();
                });
    }

    private static Mono<Long> notify(Connection connection, String notice) {
        return Flux.from(connection.createStatement("SELECT pg_notify('" + EventChannel.NAME + "', $1)")
                        .bind("$1", notice)
                        .execute())
                .concatMap(result -> result.map((row, meta) -> 1L))
                .count();
    }
}
