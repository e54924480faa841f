package dev.tandem.bot.events.port;

import dev.tandem.bot.events.ConversationEvent;
import reactor.core.publisher.Mono;

/** Outgoing port: the durable event log, for an event that changes no conversation (an agent viewing one). */
@FunctionalInterface
public interface EventLog {

    Mono<Void> log(ConversationEvent event);
}
