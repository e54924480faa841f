package dev.tandem.bot.shopper;

import dev.tandem.bot.conversation.Message;
import reactor.core.publisher.Flux;

/** Use case: a shopper's client fetches the messages it has not seen yet. */
public interface ReadShopperTranscript {

    default Flux<Message> messagesAfter(String conversationId, String token, long afterSeq) {
        return messagesAfter(conversationId, new ShopperCredential.Token(token), afterSeq);
    }

    Flux<Message> messagesAfter(String conversationId, ShopperCredential credential, long afterSeq);
}
