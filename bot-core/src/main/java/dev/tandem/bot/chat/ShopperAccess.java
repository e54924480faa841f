package dev.tandem.bot.chat;

import dev.tandem.bot.chat.port.ConversationStore;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationToken;
import reactor.core.publisher.Mono;

/** Opens a conversation for whoever holds its token, and for nobody else. */
final class ShopperAccess {

    private final ConversationStore store;

    ShopperAccess(ConversationStore store) {
        this.store = store;
    }

    Mono<Conversation> open(String conversationId, String token) {
        return store.find(conversationId)
                .filter(conversation -> ConversationToken.matches(token, conversation.tokenHash()))
                .switchIfEmpty(Mono.error(() -> new ConversationNotFoundException(conversationId)));
    }
}
