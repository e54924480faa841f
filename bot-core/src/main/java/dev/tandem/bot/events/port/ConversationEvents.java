package dev.tandem.bot.events.port;

import dev.tandem.bot.events.ConversationEvent;
import java.util.List;

/**
 * Where events go once the change that caused them is durable: the live streams of shoppers and agents.
 * Publishing never fails the change; a watcher that misses an event catches up from the store.
 */
public interface ConversationEvents {

    void publish(List<ConversationEvent> events);

    /** For wiring and tests where nobody watches. */
    ConversationEvents NONE = events -> { };
}
