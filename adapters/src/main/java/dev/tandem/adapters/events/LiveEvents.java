package dev.tandem.adapters.events;

import dev.tandem.bot.events.ConversationEvent;
import reactor.core.publisher.Flux;

/**
 * What the live streams (the shopper's and the agents' WebSockets) watch: the events of every node, each
 * once. On one node these are its own events ({@link InProcessConversationEvents}); with the postgres profile
 * also the other nodes' ({@link PostgresNotificationListener}). Outbound channels (Telegram) watch only
 * {@link InProcessConversationEvents}: the node that made a change sends it, so it is sent once per cluster.
 */
public interface LiveEvents {

    /** Hot: events from the moment of subscription on; slow subscribers miss events rather than block. */
    Flux<ConversationEvent> stream();
}
