package dev.tandem.adapters.persistence;

import dev.tandem.bot.chat.ConversationTurn;
import dev.tandem.bot.chat.port.ConcurrentTurnException;
import dev.tandem.bot.chat.port.ConversationStore;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.handoff.QueueEntry;
import dev.tandem.intents.Language;
import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Conversations and transcripts in the SQL database (H2 or PostgreSQL), each turn in one transaction. */
@Component
public class R2dbcConversationStore implements ConversationStore {

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final QuickRepliesColumn quickReplies;

    public R2dbcConversationStore(DatabaseClient db, TransactionalOperator transaction, QuickRepliesColumn quickReplies) {
        this.db = db;
        this.transaction = transaction;
        this.quickReplies = quickReplies;
    }

    @Override
    public Mono<Void> open(Conversation conversation, List<Message> opening) {
        Mono<Void> insert = db.sql("""
                        INSERT INTO conversation (id, token_hash, channel, language, state, handoff_reason,
                            low_confidence_streak, last_seq, version, created_at, updated_at)
                        VALUES (:id, :tokenHash, :channel, :language, :state, :handoffReason,
                            :streak, :lastSeq, :version, :createdAt, :updatedAt)""")
                .bind("id", conversation.id())
                .bind("tokenHash", conversation.tokenHash())
                .bind("channel", conversation.channel().name())
                .bind("language", conversation.language().code())
                .bind("state", conversation.state().name())
                .bindNull("handoffReason", String.class)
                .bind("streak", conversation.lowConfidenceStreak())
                .bind("lastSeq", conversation.lastSeq())
                .bind("version", conversation.version())
                .bind("createdAt", Sql.timestamp(conversation.createdAt()))
                .bind("updatedAt", Sql.timestamp(conversation.updatedAt()))
                .then();
        return insert.then(insertMessages(opening)).as(transaction::transactional);
    }

    @Override
    public Mono<Conversation> find(String conversationId) {
        return db.sql("SELECT * FROM conversation WHERE id = :id")
                .bind("id", conversationId)
                .map(R2dbcConversationStore::conversation)
                .one();
    }

    @Override
    public Mono<Void> record(ConversationTurn turn) {
        Conversation updated = turn.updated();
        Mono<Void> update = db.sql("""
                        UPDATE conversation SET language = :language, state = :state, handoff_reason = :handoffReason,
                            low_confidence_streak = :streak, last_seq = :lastSeq, version = :version, updated_at = :updatedAt
                        WHERE id = :id AND version = :expectedVersion""")
                .bind("language", updated.language().code())
                .bind("state", updated.state().name())
                .bind("handoffReason", Sql.nullable(updated.handoffReason().map(Enum::name)))
                .bind("streak", updated.lowConfidenceStreak())
                .bind("lastSeq", updated.lastSeq())
                .bind("version", updated.version())
                .bind("updatedAt", Sql.timestamp(updated.updatedAt()))
                .bind("id", updated.id())
                .bind("expectedVersion", turn.expectedVersion())
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty()
                        : Mono.error(new ConcurrentTurnException(updated.id(), turn.expectedVersion())));
        Mono<Void> queued = turn.queued().map(this::enqueue).orElse(Mono.empty());
        return update.then(insertMessages(turn.appended())).then(queued).as(transaction::transactional);
    }

    @Override
    public Flux<Message> messagesAfter(String conversationId, long afterSeq) {
        return db.sql("SELECT * FROM message WHERE conversation_id = :id AND seq > :after ORDER BY seq")
                .bind("id", conversationId)
                .bind("after", afterSeq)
                .map(this::message)
                .all();
    }

    private Mono<Void> insertMessages(List<Message> messages) {
        return Flux.fromIterable(messages).concatMap(this::insertMessage).then();
    }

    private Mono<Void> insertMessage(Message message) {
        return db.sql("""
                        INSERT INTO message (conversation_id, seq, author, text, created_at, language, intent,
                            confidence, faq_id, quick_replies)
                        VALUES (:conversationId, :seq, :author, :text, :createdAt, :language, :intent,
                            :confidence, :faqId, :quickReplies)""")
                .bind("conversationId", message.conversationId())
                .bind("seq", message.seq())
                .bind("author", message.author().name())
                .bind("text", message.text())
                .bind("createdAt", Sql.timestamp(message.createdAt()))
                .bind("language", Sql.nullable(message.language()))
                .bind("intent", Sql.nullable(message.intent()))
                .bind("confidence", Sql.nullable(message.confidence(), Double.class))
                .bind("faqId", Sql.nullable(message.faqId()))
                .bind("quickReplies", Sql.nullable(quickReplies.write(message.quickReplies())))
                .then();
    }

    private Mono<Void> enqueue(QueueEntry entry) {
        return db.sql("""
                        INSERT INTO queue_entry (conversation_id, language, channel, reason, summary, priority, queued_at)
                        VALUES (:id, :language, :channel, :reason, :summary, :priority, :queuedAt)""")
                .bind("id", entry.conversationId())
                .bind("language", entry.language().code())
                .bind("channel", entry.channel().name())
                .bind("reason", entry.reason().name())
                .bind("summary", entry.summary())
                .bind("priority", entry.priority())
                .bind("queuedAt", Sql.timestamp(entry.queuedAt()))
                .then();
    }

    private static Conversation conversation(Readable row) {
        return new Conversation(
                row.get("id", String.class),
                row.get("token_hash", String.class),
                Channel.valueOf(row.get("channel", String.class)),
                Sql.language(row.get("language", String.class)),
                ConversationState.valueOf(row.get("state", String.class)),
                Optional.ofNullable(row.get("handoff_reason", String.class)).map(HandoffReason::valueOf),
                row.get("low_confidence_streak", Integer.class),
                row.get("last_seq", Long.class),
                row.get("version", Long.class),
                Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"));
    }

    private Message message(Readable row) {
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
                quickReplies.read(row.get("quick_replies", String.class)));
    }
}
