package dev.tandem.adapters.persistence;

import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.BotMemory;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.conversation.OrderMemory;
import io.r2dbc.spi.Readable;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Conversation and message rows to domain records and back; one place for the column names. */
@Component
public class Rows {

    private final QuickRepliesColumn quickReplies;

    public Rows(QuickRepliesColumn quickReplies) {
        this.quickReplies = quickReplies;
    }

    /** Binds the columns a conversation's insert and update share. */
    DatabaseClient.GenericExecuteSpec bindConversation(DatabaseClient.GenericExecuteSpec spec, Conversation conversation) {
        BotMemory memory = conversation.memory();
        return spec.bind("id", conversation.id())
                .bind("language", conversation.language().code())
                .bind("state", conversation.state().name())
                .bind("handoffReason", Sql.nullable(conversation.handoffReason().map(Enum::name)))
                .bind("assignedAgent", Sql.nullable(conversation.assignedAgent()))
                .bind("streak", memory.lowConfidenceStreak())
                .bind("lastFaqId", Sql.nullable(memory.lastFaqId()))
                .bind("voteSeq", memory.voteSeq())
                .bind("answerUnhelpful", memory.answerUnhelpful())
                .bind("orderStep", memory.order().step().name())
                .bind("orderNumber", Sql.nullable(memory.order().orderNumber()))
                .bind("orderFailures", memory.order().failedVerifications())
                .bind("orderVerified", Sql.nullable(memory.order().verifiedOrder()))
                .bind("contactEmail", Sql.nullable(conversation.contactEmail()))
                .bind("lastSeq", conversation.lastSeq())
                .bind("version", conversation.version())
                .bind("updatedAt", Sql.timestamp(conversation.updatedAt()));
    }

    /** The columns of a {@code message} row, in the order of {@link #messageValues}. */
    static final String MESSAGE_COLUMNS = "conversation_id, seq, author, text, created_at, language, intent, confidence, "
            + "faq_id, quick_replies, helpful, sender";

    /** One row of a multi-row insert into {@code message}: its parameters end in {@code suffix}. */
    static String messageValues(String suffix) {
        return "(:conversationId%1$s, :seq%1$s, :author%1$s, :text%1$s, :createdAt%1$s, :language%1$s, :intent%1$s, "
                .formatted(suffix)
                + ":confidence%1$s, :faqId%1$s, :quickReplies%1$s, :helpful%1$s, :sender%1$s)".formatted(suffix);
    }

    /** Binds the parameters of {@link #messageValues(String)} with the same suffix. */
    DatabaseClient.GenericExecuteSpec bindMessage(DatabaseClient.GenericExecuteSpec spec, Message message, String suffix) {
        return spec.bind("conversationId" + suffix, message.conversationId())
                .bind("seq" + suffix, message.seq())
                .bind("author" + suffix, message.author().name())
                .bind("text" + suffix, message.text())
                .bind("createdAt" + suffix, Sql.timestamp(message.createdAt()))
                .bind("language" + suffix, Sql.nullable(message.language()))
                .bind("intent" + suffix, Sql.nullable(message.intent()))
                .bind("confidence" + suffix, Sql.nullable(message.confidence(), Double.class))
                .bind("faqId" + suffix, Sql.nullable(message.faqId()))
                .bind("quickReplies" + suffix, Sql.nullable(quickReplies.write(message.quickReplies())))
                .bind("helpful" + suffix, Sql.nullable(message.helpful(), Boolean.class))
                .bind("sender" + suffix, Sql.nullable(message.sender()));
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
                Sql.language(row.get("language", String.class)),
                ConversationState.valueOf(row.get("state", String.class)),
                Optional.ofNullable(row.get("handoff_reason", String.class)).map(HandoffReason::valueOf),
                Optional.ofNullable(row.get("assigned_agent", String.class)),
                memory,
                Optional.ofNullable(row.get("contact_email", String.class)),
                row.get("last_seq", Long.class),
                row.get("version", Long.class),
                Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"));
    }

    public Message message(Readable row) {
        return new Message(
                row.get("conversation_id", String.class),
                row.get("seq", Long.class),
                Author.valueOf(row.get("author", String.class)),
                row.get("text", String.class),
                Sql.instant(row, "created_at"),
                Optional.ofNullable(row.get("language", String.class)),
                Optional.ofNullable(row.get("intent", String.class)),
                Optional.ofNullable(row.get("confidence", Double.class)),
                Optional.ofNullable(row.get("faq_id", String.class)),
                quickReplies.read(row.get("quick_replies", String.class)),
                Optional.ofNullable(row.get("helpful", Boolean.class)),
                Optional.ofNullable(row.get("sender", String.class)));
    }
}
