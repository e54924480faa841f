package dev.tandem.adapters.events;

import dev.tandem.bot.events.ConversationEvent;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import reactor.core.Disposable;

/**
 * What the live streams (the shopper's and the agents' WebSockets) watch: the events of every node, each once
 * ({@link InProcessConversationEvents}: this node's own, and with the postgres profile also the other nodes',
 * which {@link PostgresNotificationListener} hands it). Outbound channels (Telegram, e-mail) watch only this
 * node's events ({@link InProcessConversationEvents#stream()}): the node that made a change sends it, so it is
 * sent once per cluster.
 *
 * <p>A tap is called on the publishing thread, one event at a time and in publishing order, from the moment
 * {@code tap…} returns until it is disposed. It must only hand the event on (into a bounded buffer): it runs
 * while the bus is held.
 */
public interface LiveEvents {

    /** Every event (an agent's desk). */
    Disposable tapAll(Consumer<ConversationEvent> tap);

    /**
     * One conversation's events, and the queue changes of other conversations while {@code queueChanges} answers
     * true (a shopper waiting in line wants to see their place move). Costs nothing for other conversations'
     * messages, however many streams are open.
     */
    Disposable tapConversation(String conversationId, BooleanSupplier queueChanges, Consumer<ConversationEvent> tap);
}
