package dev.tandem.bot.shopper;

import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.shopper.port.Conversations;
import reactor.core.publisher.Mono;

/**
 * The stored conversations as a use case may reach them: a missing one is {@link ConversationNotFoundException},
 * and a shopper's credential opens only its own conversation (for anybody else it does not exist, so a guessed
 * id reveals nothing).
 */
public final class ConversationAccess {

    private final Conversations conversations;

    public ConversationAccess(Conversations conversations) {
        this.conversations = conversations;
    }

    /** The conversation, or empty when there is none with this id. */
    public Mono<Conversation> find(String conversationId) {
        return conversations.find(conversationId);
    }

    /** For staff and the bot's own work: the conversation with this id. */
    public Mono<Conversation> existing(String conversationId) {
        return find(conversationId).switchIfEmpty(Mono.error(() -> new ConversationNotFoundException(conversationId)));
    }

    /** For a shopper: the conversation with this id if the credential (a token, or the channel) opens it. */
    public Mono<Conversation> openedBy(String conversationId, ShopperCredential credential) {
        return find(conversationId)
                .filter(credential::opens)
                .switchIfEmpty(Mono.error(() -> new ConversationNotFoundException(conversationId)));
    }
}
