package dev.tandem.bot.attachment;

import dev.tandem.bot.conversation.Attachment;
import dev.tandem.bot.shopper.ShopperCredential;
import reactor.core.publisher.Mono;

/** Use case: a conversation's file, for its shopper or for the shop's staff. */
public interface ReadAttachment {

    /** Fails with {@code ConversationNotFoundException} unless the credential opens the conversation. */
    Mono<Attachment> forShopper(String conversationId, ShopperCredential credential, String attachmentId);

    Mono<Attachment> forStaff(String conversationId, String attachmentId);
}
