package dev.tandem.adapters.events;

import dev.tandem.bot.events.ConversationEvent;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;

/**
 * Hands this node's own events ({@link InProcessConversationEvents#stream()}) to one consumer between
 * {@link #start()} and {@link #stop()}, for the components that act on each event once in the cluster: the
 * channels' outboxes, the away-reply mailer, the meters.
 */
public final class OwnEventsListener {

    private static final Logger LOG = LoggerFactory.getLogger(OwnEventsListener.class);

    private final InProcessConversationEvents events;
    private final String name;
    private final Consumer<ConversationEvent> consumer;
    private volatile Disposable subscription;

    /** @param name who listens, for the log */
    public OwnEventsListener(InProcessConversationEvents events, String name, Consumer<ConversationEvent> consumer) {
        this.events = events;
        this.name = name;
        this.consumer = consumer;
    }

    public void start() {
        subscription = events.stream().subscribe(consumer,
                failure -> LOG.error("{} stopped listening to conversation events", name, failure));
    }

    public void stop() {
        Disposable listening = subscription;
        subscription = null;
        if (listening != null) {
            listening.dispose();
        }
    }

    public boolean listening() {
        Disposable listening = subscription;
        return listening != null && !listening.isDisposed();
    }
}
