package dev.tandem.bot.shopper.port;

import dev.tandem.bot.conversation.Message;
import reactor.core.publisher.Flux;

/** Outgoing port: the stored messages of a conversation. */
@FunctionalInterface
public interface Transcripts {

    /** Messages with {@code seq > afterSeq}, oldest first. */
    Flux<Message> messagesAfter(String conversationId, long afterSeq);
}
