package dev.tandem.adapters.persistence;

import dev.tandem.bot.chat.ConversationTurn;
import dev.tandem.bot.chat.Rating;
import dev.tandem.bot.chat.port.ConcurrentTurnException;
import dev.tandem.bot.chat.port.ConversationStore;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.handoff.QueueChange;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Conversations and transcripts in the SQL database (H2 or PostgreSQL). A turn (conversation row, messages,
 * queue row, vote, events) is one transaction, guarded by the conversation's version.
 */
@Component
public class R2dbcConversationStore implements ConversationStore {

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final Rows rows;
    private final R2dbcAgentQueueStore queue;
    private final Set<String> writing = ConcurrentHashMap.newKeySet();
    private final KeyedLanes assignments = new KeyedLanes();

    public R2dbcConversationStore(DatabaseClient db, TransactionalOperator transaction, Rows rows, R2dbcAgentQueueStore queue) {
        this.db = db;
        this.transaction = transaction;
        this.rows = rows;
        this.queue = queue;
    }

    @Override
    public Mono<Void> open(Conversation conversation, List<Message> opening) {
        Mono<Void> insert = rows.bindConversation(db.sql("""
                        INSERT INTO conversation (id, token_hash, channel, language, state, handoff_reason,
                            assigned_agent, low_confidence_streak, last_faq_id, vote_seq, answer_unhelpful,
                            order_step, order_number, order_failures, order_verified,
                            contact_email, last_seq, version, created_at, updated_at)
                        VALUES (:id, :tokenHash, :channel, :language, :state, :handoffReason,
                            :assignedAgent, :streak, :lastFaqId, :voteSeq, :answerUnhelpful,
                            :orderStep, :orderNumber, :orderFailures, :orderVerified,
                            :contactEmail, :lastSeq, :version, :createdAt, :updatedAt)"""), conversation)
                .bind("tokenHash", conversation.tokenHash())
                .bind("channel", conversation.channel().name())
                .bind("createdAt", Sql.timestamp(conversation.createdAt()))
                .then();
        return insert.then(insertMessages(opening)).as(transaction::transactional);
    }

    @Override
    public Mono<Conversation> find(String conversationId) {
        return db.sql("SELECT * FROM conversation WHERE id = :id")
                .bind("id", conversationId)
                .map(Rows::conversation)
                .one();
    }

    /**
     * One write at a time per conversation on this node. r2dbc-h2 runs statements on the calling (server)
     * thread, so a second transaction on the same row would block that thread on H2's row lock, and a burst
     * (agents racing for one chat) blocks them all. The loser fails fast instead and is recomputed on the
     * winner's version. Across nodes the database's own row lock serialises, without holding threads.
     * Correctness never rests on this guard: the version check and the primary key (conversation, seq) make
     * the database refuse a second turn on the same version, on H2 and PostgreSQL alike; the guard only keeps
     * threads from waiting on locks. Assignments to one agent lock the agent's {@code agent_desk} row, so on
     * this node they wait their turn in a lane per agent (one claim burst must not become a retry storm);
     * across nodes the row lock orders them.
     */
    @Override
    public Mono<Void> record(ConversationTurn turn) {
        String id = turn.updated().id();
        Mono<Void> guarded = Mono.defer(() -> {
            if (!writing.add(id)) {
                return Mono.error(new ConcurrentTurnException(id, turn.expectedVersion()));
            }
            // Let go before the outcome is signalled, not after (doFinally): whoever the acknowledgement wakes
            // may record the conversation's next turn at once, and must not find it still held.
            Runnable release = () -> writing.remove(id);
            return write(turn).doOnTerminate(release).doOnCancel(release);
        });
        return turn.queue() instanceof QueueChange.Assign assign ? assignments.run(assign.agent(), guarded) : guarded;
    }

    private Mono<Void> write(ConversationTurn turn) {
        Conversation updated = turn.updated();
        Mono<Void> update = rows.bindConversation(db.sql("""
                        UPDATE conversation SET language = :language, state = :state, handoff_reason = :handoffReason,
                            assigned_agent = :assignedAgent, low_confidence_streak = :streak, last_faq_id = :lastFaqId,
                            vote_seq = :voteSeq, answer_unhelpful = :answerUnhelpful, order_step = :orderStep,
                            order_number = :orderNumber, order_failures = :orderFailures, order_verified = :orderVerified,
                            contact_email = :contactEmail,
                            last_seq = :lastSeq, version = :version, updated_at = :updatedAt
                        WHERE id = :id AND version = :expectedVersion"""), updated)
                .bind("expectedVersion", turn.expectedVersion())
                .fetch().rowsUpdated()
                .flatMap(count -> count == 1 ? Mono.<Void>empty()
                        : Mono.error(new ConcurrentTurnException(updated.id(), turn.expectedVersion())));
        Mono<Void> vote = turn.vote().map(helpful -> db.sql(
                        "UPDATE message SET helpful = :helpful WHERE conversation_id = :id AND seq = :seq")
                .bind("helpful", helpful.helpful())
                .bind("id", updated.id())
                .bind("seq", helpful.answerSeq())
                .then()).orElse(Mono.empty());
        Mono<Void> events = Flux.fromIterable(turn.events()).filter(event -> event.type().logged())
                .concatMap(this::insertEvent).then();
        return update.then(insertMessages(turn.appended()))
                .then(queue.apply(updated.id(), turn.queue()))
                .then(vote)
                .then(events)
                .as(transaction::transactional)
                .onErrorMap(Sql::isWriteConflict, conflict -> new ConcurrentTurnException(updated.id(), turn.expectedVersion()));
    }

    @Override
    public Flux<Message> messagesAfter(String conversationId, long afterSeq) {
        return db.sql("SELECT * FROM message WHERE conversation_id = :id AND seq > :after ORDER BY seq")
                .bind("id", conversationId)
                .bind("after", afterSeq)
                .map(rows::message)
                .all();
    }

    @Override
    public Mono<Void> log(ConversationEvent event) {
        return insertEvent(event);
    }

    @Override
    public Mono<Boolean> hadHelpfulAnswer(String conversationId) {
        return db.sql("SELECT COUNT(*) AS helped FROM message WHERE conversation_id = :id AND helpful = TRUE")
                .bind("id", conversationId)
                .map(row -> row.get("helped", Long.class))
                .one()
                .map(count -> count > 0);
    }

    @Override
    public Mono<Boolean> rate(Rating rating) {
        return db.sql("""
                        INSERT INTO rating (conversation_id, score, comment_text, handled_by, agent, created_at)
                        VALUES (:id, :score, :comment, :handledBy, :agent, :at)""")
                .bind("id", rating.conversationId())
                .bind("score", rating.score())
                .bind("comment", Sql.nullable(rating.comment()))
                .bind("handledBy", rating.handledByAgent() ? "AGENT" : "BOT")
                .bind("agent", Sql.nullable(rating.agent()))
                .bind("at", Sql.timestamp(rating.at()))
                .fetch().rowsUpdated()
                .map(count -> count == 1)
                // The primary key keeps the first rating when two arrive at once.
                .onErrorResume(DataIntegrityViolationException.class, duplicate -> Mono.just(false));
    }

    private Mono<Void> insertMessages(List<Message> messages) {
        return Flux.fromIterable(messages).concatMap(message -> rows.bindMessage(db.sql("""
                        INSERT INTO message (conversation_id, seq, author, text, created_at, language, intent,
                            confidence, faq_id, quick_replies, helpful, sender)
                        VALUES (:conversationId, :seq, :author, :text, :createdAt, :language, :intent,
                            :confidence, :faqId, :quickReplies, :helpful, :sender)"""), message).then()).then();
    }

    private Mono<Void> insertEvent(ConversationEvent event) {
        return db.sql("""
                        INSERT INTO conversation_event (conversation_id, kind, state, reason, agent, faq_id, amount,
                            detail, created_at)
                        VALUES (:id, :kind, :state, :reason, :agent, :faqId, :amount, :detail, :at)""")
                .bind("id", event.conversationId())
                .bind("kind", event.type().name())
                .bind("state", event.state().name())
                .bind("reason", Sql.nullable(event.reason().map(Enum::name)))
                .bind("agent", Sql.nullable(event.agent()))
                .bind("faqId", Sql.nullable(event.faqId()))
                .bind("amount", Sql.nullable(event.value(), Long.class))
                .bind("detail", Sql.nullable(event.detail().map(detail -> detail.length() > 1000 ? detail.substring(0, 1000) : detail)))
                .bind("at", Sql.timestamp(event.at()))
                .then();
    }
}
