package dev.tandem.adapters.events;

import dev.tandem.bot.events.ConversationEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;

/**
 * What acts on this node's own events ({@link InProcessConversationEvents#stream()}), so on each event once in the
 * cluster: the channels' outboxes, the away-reply mailer, the meters. It hears them between {@link #start()} and
 * {@link #stop()} (the names a {@code SmartLifecycle} takes them under).
 */
public abstract class OwnEventsListener {

    private static final Logger LOG = LoggerFactory.getLogger(OwnEventsListener.class);

    private final InProcessConversationEvents events;
    private final String name;
    private volatile Disposable subscription;

    /** @param name who listens, for the log */
    protected OwnEventsListener(InProcessConversationEvents events, String name) {
        this.events = events;
        this.name = name;
    }

    protected abstract void onEvent(ConversationEvent event);

    public void start() {
        subscription = events.stream().subscribe(this::onEvent,
                failure -> LOG.error("{} stopped listening to conversation events", name, failure));
    }

    public void stop() {
        Disposable listening = subscription;
        subscription = null;
        if (listening != null) {
            listening.dispose();
        }
    }

    public boolean isRunning() {
        Disposable listening = subscription;
        return listening != null && !listening.isDisposed();
    }
}
