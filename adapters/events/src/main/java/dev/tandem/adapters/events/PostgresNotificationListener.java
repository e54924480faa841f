package dev.tandem.adapters.events;

import dev.tandem.bot.team.TrackAgentPresence;
import dev.tandem.bot.team.Presence;
import dev.tandem.bot.shopper.port.Transcripts;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.events.ConversationEvent;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;
import tools.jackson.databind.ObjectMapper;

/**
 * The other nodes' events with the postgres profile, as they arrive on the shared notification channel, handed to
 * this node's live streams ({@link InProcessConversationEvents#relay}). One connection of its own (outside the
 * pool) LISTENs for the node's whole life; the node's own notices come back on it too and are dropped, so each
 * event reaches a stream once.
 *
 * <p>A notice for a message carries only its seq: the message is read from the transcript (it was committed
 * before the notice was sent), one notice after the other so the order holds. If the connection breaks, the
 * listener reconnects with back-off and then announces a queue change, so agents' queues refresh; shopper
 * streams fill any gap from the transcript at their next message.
 */
@Component
@Profile("postgres")
public class PostgresNotificationListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotificationListener.class);
    private static final Duration FIRST_LISTEN_TIMEOUT = Duration.ofSeconds(30);

    private final InProcessConversationEvents local;
    private final Transcripts store;
    private final QueueCache queue;
    private final TrackAgentPresence presence;
    private final AgentConnections desks;
    private final EventChannel channel;
    private final ObjectMapper json;
    private final Clock clock;
    private final ConnectionFactory connections;
    private final CountDownLatch listening = new CountDownLatch(1);
    private final AtomicBoolean reconnected = new AtomicBoolean();
    private final ContentReload content;
    private volatile Disposable subscription;

    public PostgresNotificationListener(InProcessConversationEvents local, Transcripts store, QueueCache queue,
                                        TrackAgentPresence presence, AgentConnections connections, EventChannel channel,
                                        ObjectMapper json, Clock clock, Environment environment,
                                        ContentReload content) {
        this.local = local;
        this.store = store;
        this.queue = queue;
        this.presence = presence;
        this.desks = connections;
        this.channel = channel;
        this.json = json;
        this.clock = clock;
        this.connections = listenerConnections(environment);
        this.content = content;
    }

    /** Listens before the server takes requests, so no stream opens on a node deaf to the others. */
    @Override
    public void start() {
        subscription = notifications()
                .concatMap(this::received)
                .subscribe(this::emit);
        try {
            if (!listening.await(FIRST_LISTEN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("could not LISTEN on PostgreSQL channel " + EventChannel.NAME
                        + " within " + FIRST_LISTEN_TIMEOUT.toSeconds() + " s; is spring.r2dbc.url reachable?");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting to LISTEN", interrupted);
        }
    }

    /** Before the web server starts (its phase is {@code DEFAULT_PHASE - 1024}), after it stops. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    @Override
    public void stop() {
        Disposable current = subscription;
        if (current != null) {
            current.dispose();
        }
        subscription = null;
    }

    @Override
    public boolean isRunning() {
        return subscription != null && !subscription.isDisposed();
    }

    /** The listening connection's notifications, for ever: a dropped connection is opened again. */
    private Flux<Notification> notifications() {
        return Flux.usingWhen(Mono.from(connections.create()).cast(PostgresqlConnection.class),
                        connection -> connection.createStatement("LISTEN " + EventChannel.NAME).execute()
                                .flatMap(result -> result.getRowsUpdated())
                                .thenMany(Flux.defer(() -> {
                                    listened();
                                    // The driver buffers only a little; a burst must not break the connection
                                    // while messages are being read for the notices before it.
                                    return connection.getNotifications().onBackpressureBuffer();
                                })),
                        PostgresqlConnection::close)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(5))
                        .doBeforeRetry(retry -> LOG.warn("Lost the PostgreSQL notification channel; reconnecting: {}",
                                retry.failure().toString())))
                .repeat(() -> subscription != null && !subscription.isDisposed());
    }

    private void listened() {
        if (listening.getCount() > 0) {
            listening.countDown();
            LOG.info("Listening for other nodes' events on PostgreSQL channel {} as node {}", EventChannel.NAME, channel.node());
        } else {
            reconnected.set(true);
            LOG.info("Listening again on PostgreSQL channel {}", EventChannel.NAME);
        }
    }

    /** The other nodes' event for a notice; nothing for this node's own notices and for unreadable ones. */
    private Flux<ConversationEvent> received(Notification notification) {
        Mono<ConversationEvent> resync = reconnected.getAndSet(false)
                ? Mono.just(ConversationEvent.of(ConversationEvent.Type.QUEUE_CHANGED, "", ConversationState.QUEUED,
                        clock.instant()))
                : Mono.empty();
        return resync.concatWith(Flux.<ConversationEvent>defer(() -> {
                    EventNotice notice = json.readValue(notification.getParameter(), EventNotice.class);
                    if (channel.node().equals(notice.node())) {
                        return Mono.empty();
                    }
                    if (notice.isContentChange()) {
                        reloadContent();
                        return Mono.empty();
                    }
                    if (notice.isPresence()) {
                        presenceElsewhere(notice);
                        return Mono.empty();
                    }
                    if (!notice.carriesMessage()) {
                        return Mono.just(notice.event());
                    }
                    // Read to the end rather than cancelled after the first row: a cancelled query costs the pool
                    // its connection on PostgreSQL.
                    return store.messagesAfter(notice.conversationId(), notice.seq() - 1)
                            .filter(message -> message.seq() == notice.seq())
                            .collectList()
                            .flatMapMany(Flux::fromIterable)
                            .map(notice::withMessage);
                }))
                .onErrorResume(failure -> {
                    LOG.warn("Skipped a notice from another node that could not be read: {}", failure.toString());
                    return Mono.empty();
                });
    }

    /** An editor saved on another node: this node reloads the shared content directory, off the listener. */
    private void reloadContent() {
        Schedulers.boundedElastic().schedule(() -> {
            try {
                content.reload();
            } catch (RuntimeException failure) {
                LOG.error("Reload after another node's content save failed; the previous content keeps serving", failure);
            }
        });
    }

    /**
     * Another node's word on an agent's presence. That an agent went offline there does not count while they
     * are connected here (their connection moved to this node); the next heartbeat corrects the other node.
     */
    private void presenceElsewhere(EventNotice notice) {
        Presence announced = Presence.valueOf(notice.state());
        if (announced == Presence.OFFLINE && desks.connectedHere(notice.agent())) {
            return;
        }
        presence.set(notice.agent(), announced, Instant.parse(notice.at()));
    }

    private void emit(ConversationEvent event) {
        if (event.type() == ConversationEvent.Type.QUEUE_CHANGED) {
            // Before the streams hear of it: each of them reads the queue again in answer.
            queue.changed();
        }
        // In the order the notices arrived: concatMap reads one notice's message before the next.
        local.relay(event);
    }

    /** Its own connection, not the pool's: it is held for the node's whole life. */
    private static ConnectionFactory listenerConnections(Environment environment) {
        ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(environment.getRequiredProperty("spring.r2dbc.url"));
        ConnectionFactoryOptions.Builder builder = options.mutate();
        if ("pool".equals(options.getValue(ConnectionFactoryOptions.DRIVER))) {
            builder.option(ConnectionFactoryOptions.DRIVER, (String) options.getRequiredValue(ConnectionFactoryOptions.PROTOCOL))
                    .option(ConnectionFactoryOptions.PROTOCOL, "");
        }
        String user = environment.getProperty("spring.r2dbc.username");
        String password = environment.getProperty("spring.r2dbc.password");
        if (user != null && !options.hasOption(ConnectionFactoryOptions.USER)) {
            builder.option(ConnectionFactoryOptions.USER, user);
        }
        if (password != null && !password.isEmpty() && !options.hasOption(ConnectionFactoryOptions.PASSWORD)) {
            builder.option(ConnectionFactoryOptions.PASSWORD, password);
        }
        return ConnectionFactories.get(builder.build());
    }
}
