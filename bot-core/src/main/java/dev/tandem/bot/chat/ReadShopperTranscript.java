package dev.tandem.bot.chat;

import dev.tandem.bot.conversation.Message;
import reactor.core.publisher.Flux;

/** Use case: a shopper's client fetches the messages it has not seen yet. */
public interface ReadShopperTranscript {

    Flux<Message> messagesAfter(String conversationId, String token, long afterSeq);
}
