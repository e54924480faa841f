package dev.tandem.adapters.shopper;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.bot.conversation.AttachedFile;
import dev.tandem.bot.conversation.Message;
import java.time.Instant;
import java.util.List;

/**
 * A message as the API shows it (DESIGN.md, {@code Message}); absent understanding is left out, not null. A
 * message carrying a photo or a PDF has an {@code attachment}; its {@code text} is the file's name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(long seq, String author, String text, Instant createdAt, String lang, String intent,
                          Double confidence, String faqId, List<String> quickReplies, AttachmentView attachment) {

    public static MessageView of(Message message) {
        return new MessageView(message.seq(), message.author().name(), message.text(), message.createdAt(),
                message.language().orElse(null), message.intent().orElse(null), message.confidence().orElse(null),
                message.faqId().orElse(null), message.quickReplies().isEmpty() ? null : message.quickReplies(),
                message.attachment().map(AttachmentView::of).orElse(null));
    }

    /**
     * The file a message carries: fetched from {@code …/conversations/{id}/attachments/{attachmentId}} (the
     * shopper's or the agent's API).
     *
     * @param mediaType what the bytes are, found by their content: image/jpeg, image/png, image/gif, image/webp
     *                  or application/pdf
     */
    public record AttachmentView(String id, String name, String mediaType, long size) {

        public static AttachmentView of(AttachedFile file) {
            return new AttachmentView(file.id(), file.name(), file.mediaType(), file.size());
        }
    }

    public static List<MessageView> of(List<Message> messages) {
        return messages.stream().map(MessageView::of).toList();
    }
}
