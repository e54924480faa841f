package dev.tandem.bot.attachment.port;

import dev.tandem.bot.conversation.Attachment;
import reactor.core.publisher.Mono;

/** Outgoing port: the files of conversations, kept durably where every node reads them. */
public interface AttachmentStore {

    Mono<Void> save(Attachment attachment);

    /** The attachment of this conversation with this id; empty if there is none (or it is another's). */
    Mono<Attachment> find(String conversationId, String attachmentId);
}
