package dev.tandem.adapters.shopper;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.bot.conversation.Message;
import java.time.Instant;
import java.util.List;

/** A message as the API shows it (DESIGN.md, {@code Message}); absent understanding is left out, not null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(long seq, String author, String text, Instant createdAt, String lang, String intent,
                          Double confidence, String faqId, List<String> quickReplies) {

    public static MessageView of(Message message) {
        return new MessageView(message.seq(), message.author().name(), message.text(), message.createdAt(),
                message.language().orElse(null), message.intent().orElse(null), message.confidence().orElse(null),
                message.faqId().orElse(null), message.quickReplies().isEmpty() ? null : message.quickReplies());
    }

    public static List<MessageView> of(List<Message> messages) {
        return messages.stream().map(MessageView::of).toList();
    }
}
