package dev.tandem.adapters.persistence;

import dev.tandem.bot.shopper.ConversationTurn;
import dev.tandem.bot.shopper.Rating;
import dev.tandem.bot.shopper.port.ConcurrentTurnException;
import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.shopper.port.Ratings;
import dev.tandem.bot.shopper.port.Transcripts;
import dev.tandem.bot.shopper.port.TurnStore;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.port.EventLog;
import dev.tandem.bot.queue.QueueChange;
import dev.tandem.bot.privacy.CustomerAddresses;
import dev.tandem.bot.text.ChatText;
import io.r2dbc.spi.R2dbcException;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Conversations and transcripts in the SQL database (H2 or PostgreSQL). A turn (conversation row, messages,
 * queue row, vote, events) is all or nothing, guarded by the conversation's version. Turns and new
 * conversations are written by one writer per node that commits the turns waiting at that moment together
 * ({@link GroupCommit}): each is acknowledged after the commit that made it durable, and one commit serves many.
 */
@Component
public class R2dbcConversationStore implements Conversations, Transcripts, TurnStore, Ratings, EventLog, AutoCloseable {

    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_CONCURRENT_UPDATE = 90131;
    /** SQLSTATE of a duplicate key, on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DatabaseClient db;
    private final ConversationRows rows;
    private final R2dbcAgentQueueStore queue;
    private final GroupCommit writes;

    public R2dbcConversationStore(DatabaseClient db, TransactionalOperator transaction, ConversationRows rows, R2dbcAgentQueueStore queue) {
        this.db = db;
        this.rows = rows;
        this.queue = queue;
        this.writes = new GroupCommit(db, transaction, "tandem-turn-writer");
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
                .bind("createdAt", Columns.timestamp(conversation.createdAt()))
                .then();
        return writes.submit(conversation.id(), false, () -> insert.then(insertMessages(opening)), () -> { });
    }

    @Override
    public Mono<Conversation> find(String conversationId) {
        return db.sql("SELECT * FROM conversation WHERE id = :id")
                .bind("id", conversationId)
                .map(ConversationRows::conversation)
                .one();
    }

    /**
     * A second turn on a conversation whose turn is still being written was computed on the version that turn
     * replaces: the writer lets it wait for that turn and then refuses it ({@link GroupCommit.Superseded}, here a
     * {@link ConcurrentTurnException}), to be recomputed on the new version. Correctness never rests on that:
     * the version check and the primary key (conversation, seq) make the database refuse a second turn on the
     * same version, on any node.
     *
     * <p>An assignment also locks the agent's {@code agent_desk} row and counts the agent's chats under it, so it
     * is written alone: a batch holding two agents' locks could wait on another node's batch holding them the
     * other way round.
     */
    @Override
    public Mono<Void> record(ConversationTurn turn) {
        String id = turn.updated().id();
        // The queue's readers must see a queue change as soon as its turn is acknowledged, and a failed turn
        // means someone else moved the conversation, perhaps in the queue too.
        boolean movesQueue = !(turn.queue() instanceof QueueChange.Unchanged);
        Runnable beforeOutcome = () -> {
            if (movesQueue) {
                queue.changed();
            }
        };
        return writes.submit(id, turn.queue() instanceof QueueChange.Assign, () -> write(turn), beforeOutcome)
                .onErrorMap(GroupCommit.Superseded.class, superseded -> new ConcurrentTurnException(id, turn.expectedVersion()))
                .doOnError(failed -> queue.changed());
    }

    /** Lets the writer's thread go (on shutdown; turns still waiting are not written and never acknowledged). */
    @Override
    public void close() {
        writes.close();
    }

    /** The writer; tests hold it busy to see what the turns arriving meanwhile share. */
    GroupCommit writer() {
        return writes;
    }

    /** The statements of one turn, inside the writer's transaction (between savepoints). */
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
        List<ConversationEvent> logged = turn.events().stream().filter(event -> event.type().logged()).toList();
        return update.then(insertMessages(turn.appended()))
                .then(queue.apply(updated.id(), turn.queue()))
                .then(vote)
                .then(insertEvents(logged))
                .onErrorMap(R2dbcConversationStore::isWriteConflict, conflict -> new ConcurrentTurnException(updated.id(), turn.expectedVersion()));
    }

    @Override
    public Flux<Message> messagesAfter(String conversationId, long afterSeq) {
        return rows.messagesAfter(db, conversationId, afterSeq);
    }

    @Override
    public Mono<Void> log(ConversationEvent event) {
        return insertEvents(List.of(event));
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
                .bind("comment", Columns.nullable(rating.comment()))
                .bind("handledBy", rating.handledByAgent() ? "AGENT" : "BOT")
                .bind("agent", Columns.nullable(rating.agent()))
                .bind("at", Columns.timestamp(rating.at()))
                .fetch().rowsUpdated()
                .map(count -> count == 1)
                // The primary key keeps the first rating when two arrive at once.
                .onErrorResume(DataIntegrityViolationException.class, duplicate -> Mono.just(false));
    }

    private static final MultiRowInsert EVENTS = new MultiRowInsert("conversation_event",
            List.of("conversation_id", "kind", "state", "reason", "agent", "faq_id", "amount", "detail", "created_at"),
            List.of("id", "kind", "state", "reason", "agent", "faqId", "amount", "detail", "at"));

    /** Each address a shopper wrote, by message: customers' data requests find their conversations here. */
    private static final MultiRowInsert ADDRESSES = new MultiRowInsert("message_email",
            List.of("conversation_id", "seq", "email"), List.of("id", "seq", "email"));

    private Mono<Void> insertMessages(List<Message> messages) {
        return ConversationRows.MESSAGES.insert(db, messages, rows::messageValues).then(insertAddresses(messages));
    }

    private Mono<Void> insertAddresses(List<Message> messages) {
        List<List<?>> addresses = messages.stream().flatMap(message -> CustomerAddresses.writtenIn(message).stream()
                .<List<?>>map(address -> List.of(message.conversationId(), message.seq(), address))).toList();
        return ADDRESSES.insert(db, addresses, address -> address);
    }

    private Mono<Void> insertEvents(List<ConversationEvent> events) {
        return EVENTS.insert(db, events, event -> List.of(event.conversationId(), event.type().name(),
                event.state().name(), Columns.nullable(event.reason().map(Enum::name)), Columns.nullable(event.agent()),
                Columns.nullable(event.faqId()), Columns.nullable(event.value(), Long.class),
                Columns.nullable(event.detail().map(detail -> ChatText.cut(detail, 1000))),
                Columns.timestamp(event.at())));
    }

    /**
     * Whether a write failed because another transaction was changing the same row: H2's lock timeout or
     * concurrent update, PostgreSQL's serialization failure or deadlock, or a key another transaction inserted
     * first (a message seq, an agent's first {@code agent_desk} row). Such a write is recomputed, not reported.
     */
    private static boolean isWriteConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof R2dbcException r2dbc) {
                String state = r2dbc.getSqlState() == null ? "" : r2dbc.getSqlState();
                int code = r2dbc.getErrorCode();
                if (code == H2_LOCK_TIMEOUT || code == H2_CONCURRENT_UPDATE || state.equals("40001") || state.equals("40P01")
                        || state.equals(UNIQUE_VIOLATION)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
