package dev.tandem.bot.away.port;

import reactor.core.publisher.Mono;

/**
 * Outgoing port: how far each web conversation's agent replies reached the shopper live (a stream or poll of their
 * widget sent them) and how far they were mailed instead. Shared by every node; erased with the conversation.
 */
public interface ReplyReceipts {

    /** The shopper's widget was sent the messages up to {@code seq}; never moves back. */
    Mono<Void> reached(String conversationId, long seq);

    /** Up to which seq the conversation's messages reached the shopper or were mailed (0: none). */
    Mono<Long> handledUpTo(String conversationId);

    /**
     * Takes the mailing of the replies up to {@code seq}: true for exactly one caller, and only while neither the
     * widget nor an earlier mail has covered them.
     */
    Mono<Boolean> claimMail(String conversationId, long seq);
}
