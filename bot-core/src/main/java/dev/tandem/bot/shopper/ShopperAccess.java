package dev.tandem.bot.shopper;

import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.conversation.Conversation;
import reactor.core.publisher.Mono;

/** Opens a conversation for whoever holds its token (or is its channel), and for nobody else. */
final class ShopperAccess {

    private final Conversations conversations;

    ShopperAccess(Conversations conversations) {
        this.conversations = conversations;
    }

    Mono<Conversation> open(String conversationId, String token) {
        return open(conversationId, new ShopperCredential.Token(token));
    }

    Mono<Conversation> open(String conversationId, ShopperCredential credential) {
        return conversations.find(conversationId)
                .filter(credential::opens)
                .switchIfEmpty(Mono.error(() -> new ConversationNotFoundException(conversationId)));
    }
}
