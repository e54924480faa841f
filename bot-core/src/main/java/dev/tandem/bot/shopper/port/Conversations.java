package dev.tandem.bot.shopper.port;

import dev.tandem.bot.conversation.Conversation;
import reactor.core.publisher.Mono;

/** Outgoing port: a stored conversation by its id. */
@FunctionalInterface
public interface Conversations {

    /** The conversation, or empty when there is none with this id. */
    Mono<Conversation> find(String conversationId);
}
