package dev.tandem.bot.chat;

import dev.tandem.bot.chat.port.ConversationStore;
import dev.tandem.bot.conversation.Conversation;
import reactor.core.publisher.Mono;

/** Opens a conversation for whoever holds its token (or is its channel), and for nobody else. */
final class ShopperAccess {

    private final ConversationStore store;

    ShopperAccess(ConversationStore store) {
        this.store = store;
    }

    Mono<Conversation> open(String conversationId, String token) {
        return open(conversationId, new ShopperCredential.Token(token));
    }

    Mono<Conversation> open(String conversationId, ShopperCredential credential) {
        return store.find(conversationId)
                .filter(credential::opens)
                .switchIfEmpty(Mono.error(() -> new ConversationNotFoundException(conversationId)));
    }
}
