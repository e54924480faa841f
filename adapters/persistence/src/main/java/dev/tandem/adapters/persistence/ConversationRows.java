package dev.tandem.adapters.persistence;

import dev.tandem.bot.conversation.AttachedFile;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.BotMemory;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.conversation.OrderMemory;
import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** Conversation and message rows to domain records and back; one place for the column names. */
@Component
public class ConversationRows {

    private final QuickRepliesColumn quickReplies;

    public ConversationRows(QuickRepliesColumn quickReplies) {
        this.quickReplies = quickReplies;
    }

    /** Binds the columns a conversation's insert and update share. */
    DatabaseClient.GenericExecuteSpec bindConversation(DatabaseClient.GenericExecuteSpec spec, Conversation conversation) {
        BotMemory memory = conversation.memory();
        return spec.bind("id", conversation.id())
                .bind("language", conversation.language().code())
                .bind("state", conversation.state().name())
                .bind("handoffReason", Columns.nullable(conversation.handoffReason().map(Enum::name)))
                .bind("assignedAgent", Columns.nullable(conversation.assignedAgent()))
                .bind("streak", memory.lowConfidenceStreak())
                .bind("lastFaqId", Columns.nullable(memory.lastFaqId()))
                .bind("voteSeq", memory.voteSeq())
                .bind("answerUnhelpful", memory.answerUnhelpful())
                .bind("orderStep", memory.order().step().name())
                .bind("orderNumber", Columns.nullable(memory.order().orderNumber()))
                .bind("orderFailures", memory.order().failedVerifications())
                .bind("orderVerified", Columns.nullable(memory.order().verifiedOrder()))
                .bind("contactEmail", Columns.nullable(conversation.contactEmail()))
                .bind("lastSeq", conversation.lastSeq())
                .bind("version", conversation.version())
                .bind("updatedAt", Columns.timestamp(conversation.updatedAt()));
    }

    /** A multi-row insert into {@code message}, each row's values from {@link #messageValues}. */
    static final MultiRowInsert MESSAGES = new MultiRowInsert("message",
            List.of("conversation_id", "seq", "author", "text", "created_at", "language", "intent", "confidence", "faq_id",
                    "quick_replies", "helpful", "sender", "attachment_id", "attachment_type", "attachment_size"),
            List.of("conversationId", "seq", "author", "text", "createdAt", "language", "intent", "confidence", "faqId",
                    "quickReplies", "helpful", "sender", "attachmentId", "attachmentType", "attachmentSize"));

    /** One row of {@link #MESSAGES}. */
    List<?> messageValues(Message message) {
        return List.of(message.conversationId(), message.seq(), message.author().name(), message.text(),
                Columns.timestamp(message.createdAt()), Columns.nullable(message.language()),
                Columns.nullable(message.intent()), Columns.nullable(message.confidence(), Double.class),
                Columns.nullable(message.faqId()), Columns.nullable(quickReplies.write(message.quickReplies())),
                Columns.nullable(message.helpful(), Boolean.class), Columns.nullable(message.sender()),
                Columns.nullable(message.attachment().map(AttachedFile::id)),
                Columns.nullable(message.attachment().map(AttachedFile::mediaType)),
                Columns.nullable(message.attachment().map(AttachedFile::size), Long.class));
    }

    /** A conversation's messages after {@code afterSeq}, oldest first (after 0: the whole transcript). */
    Flux<Message> messagesAfter(DatabaseClient db, String conversationId, long afterSeq) {
        return db.sql("SELECT * FROM message WHERE conversation_id = :id AND seq > :after ORDER BY seq")
                .bind("id", conversationId)
                .bind("after", afterSeq)
                .map(this::message)
                .all();
    }

    public static Conversation conversation(Readable row) {
        BotMemory memory = new BotMemory(
                row.get("low_confidence_streak", Integer.class),
                Optional.ofNullable(row.get("last_faq_id", String.class)),
                row.get("vote_seq", Long.class),
                row.get("answer_unhelpful", Boolean.class),
                new OrderMemory(
                        OrderMemory.Step.valueOf(row.get("order_step", String.class)),
                        Optional.ofNullable(row.get("order_number", String.class)),
                        row.get("order_failures", Integer.class),
                        Optional.ofNullable(row.get("order_verified", String.class))));
        return new Conversation(
                row.get("id", String.class),
                row.get("token_hash", String.class),
                Channel.valueOf(row.get("channel", String.class)),
                Columns.language(row.get("language", String.class)),
                ConversationState.valueOf(row.get("state", String.class)),
                Optional.ofNullable(row.get("handoff_reason", String.class)).map(HandoffReason::valueOf),
                Optional.ofNullable(row.get("assigned_agent", String.class)),
                memory,
                Optional.ofNullable(row.get("contact_email", String.class)),
                row.get("last_seq", Long.class),
                row.get("version", Long.class),
                Columns.instant(row, "created_at"),
                Columns.instant(row, "updated_at"));
    }

    public Message message(Readable row) {
        String text = row.get("text", String.class);
        // The file's name is the message's text.
        Optional<AttachedFile> attachment = Optional.ofNullable(row.get("attachment_id", String.class))
                .map(id -> new AttachedFile(id, text, row.get("attachment_type", String.class),
                        row.get("attachment_size", Long.class)));
        return new Message(
                row.get("conversation_id", String.class),
                row.get("seq", Long.class),
                Author.valueOf(row.get("author", String.class)),
                text,
                Columns.instant(row, "created_at"),
                Optional.ofNullable(row.get("language", String.class)),
                Optional.ofNullable(row.get("intent", String.class)),
                Optional.ofNullable(row.get("confidence", Double.class)),
                Optional.ofNullable(row.get("faq_id", String.class)),
                quickReplies.read(row.get("quick_replies", String.class)),
                Optional.ofNullable(row.get("helpful", Boolean.class)),
                Optional.ofNullable(row.get("sender", String.class)),
                attachment);
    }
}
