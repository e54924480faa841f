package dev.tandem.bot.attachment;

import dev.tandem.bot.shopper.ConversationAccess;
import dev.tandem.bot.conversation.Attachment;
import dev.tandem.bot.attachment.port.AttachmentStore;
import dev.tandem.bot.shopper.ShopperCredential;
import dev.tandem.bot.shopper.port.Conversations;
import reactor.core.publisher.Mono;

/** A file is read through its conversation: the shopper's credential opens it, staff read any. */
public final class ReadAttachmentService implements ReadAttachment {

    private final ConversationAccess conversations;
    private final AttachmentStore store;

    public ReadAttachmentService(Conversations conversations, AttachmentStore store) {
        this.conversations = new ConversationAccess(conversations);
        this.store = store;
    }

    @Override
    public Mono<Attachment> forShopper(String conversationId, ShopperCredential credential, String attachmentId) {
        return conversations.openedBy(conversationId, credential)
                .flatMap(opened -> stored(conversationId, attachmentId));
    }

    @Override
    public Mono<Attachment> forStaff(String conversationId, String attachmentId) {
        return conversations.existing(conversationId)
                .flatMap(found -> stored(conversationId, attachmentId));
    }

    private Mono<Attachment> stored(String conversationId, String attachmentId) {
        return store.find(conversationId, attachmentId)
                .switchIfEmpty(Mono.error(() -> new AttachmentNotFoundException(attachmentId)));
    }
}
