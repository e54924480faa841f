package dev.tandem.bot.chat;

import dev.tandem.bot.chat.port.ConversationStore;
import dev.tandem.bot.conversation.Message;
import reactor.core.publisher.Flux;

/** Serves a shopper's client the messages after the last one it has, and only for its own conversation. */
public final class ReadShopperTranscriptService implements ReadShopperTranscript {

    private final ConversationStore store;
    private final ShopperAccess access;

    public ReadShopperTranscriptService(ConversationStore store) {
        this.store = store;
        this.access = new ShopperAccess(store);
    }

    @Override
    public Flux<Message> messagesAfter(String conversationId, ShopperCredential credential, long afterSeq) {
        return access.open(conversationId, credential)
                .flatMapMany(conversation -> store.messagesAfter(conversation.id(), Math.max(0, afterSeq)));
    }
}
