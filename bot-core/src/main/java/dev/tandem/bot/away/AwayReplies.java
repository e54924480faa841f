package dev.tandem.bot.away;

import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Use case: an agent answers a web chat whose shopper has left (their widget was not there to be sent the reply).
 * If the shopper left an e-mail address (the contact form, or the address that proved an order), the replies are
 * mailed once, with a link that reopens the chat. Nothing is mailed while the widget receives the replies.
 */
public interface AwayReplies {

    /** The shopper's widget was sent the conversation's messages up to {@code seq} (stream or poll). */
    Mono<Void> reached(String conversationId, long seq);

    /**
     * The agent replies of the conversation that neither reached the shopper nor were mailed, claimed for this
     * caller to mail now; empty when there are none, the chat is not a web chat, or no address is known.
     */
    Mono<Optional<AwayReply>> due(String conversationId);
}
