package dev.tandem.adapters.persistence;

import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.bot.shopper.port.AgentAtCapacityException;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.queue.QueueChange;
import dev.tandem.bot.queue.HandoffRequest;
import dev.tandem.bot.queue.QueueEntry;
import dev.tandem.bot.queue.port.AgentQueueStore;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The agent queue as rows of {@code queue_entry}: one per handed-off conversation until it is resolved or
 * returned to the bot, with the agent holding it (NULL while it waits). Changes are applied inside the
 * turn's transaction by {@link R2dbcConversationStore}.
 *
 * <p>Assigning is atomic in SQL, so an agent's capacity holds across nodes: the agent's row in
 * {@code agent_desk} is locked first (two assignments to one agent take turns, whichever node runs them),
 * then the entry is taken only while the agent holds fewer than their capacity ({@code UPDATE … WHERE
 * (SELECT COUNT(*) …) < :capacity}). Which conversation goes to whom is already decided by the conversation's
 * version check; this guards the other invariant, the agent's load.
 *
 * <p>The entries are read once and shared ({@link SharedRead}) until the queue changes: every queued shopper's
 * stream asks for its place on every queue change, and every agent's desk for the queue, so reading per caller
 * cost a full table read per waiting shopper per handoff (the largest cost under load before). The queue counts
 * as changed when a turn that moves it is written here ({@link R2dbcConversationStore}), when a turn fails here
 * (someone else moved the conversation), when another node announces a queue change, when conversations are
 * erased, and, for anything unannounced, after {@link #MAX_AGE}.
 */
@Component
public class R2dbcAgentQueueStore implements AgentQueueStore {

    /** How long a read of the queue is trusted when no change was announced. */
    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private final DatabaseClient db;
    private final AgentRoster roster;
    private final SharedRead<List<QueueEntry>> entries;

    public R2dbcAgentQueueStore(DatabaseClient db, AgentRoster roster) {
        this.db = db;
        this.roster = roster;
        this.entries = new SharedRead<>(Mono.defer(() -> db.sql("SELECT * FROM queue_entry ORDER BY queued_at, conversation_id")
                .map(R2dbcAgentQueueStore::entry)
                .all()
                .collectList()), MAX_AGE);
    }

    @Override
    public Flux<QueueEntry> entries() {
        return entries.get().flatMapIterable(Function.identity());
    }

    /** The queue may have changed (here, on another node, or by an erasure): the next reader reads it again. */
    public void changed() {
        entries.changed();
    }

    @Override
    public Flux<Duration> recentDurations(ConversationEvent.Type type, int limit) {
        return db.sql("SELECT amount FROM conversation_event WHERE kind = :kind AND amount IS NOT NULL "
                        + "ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bind("kind", type.name())
                .bind("limit", limit)
                .map(row -> Duration.ofSeconds(row.get("amount", Long.class)))
                .all();
    }

    /** Part of a turn: runs inside the caller's transaction. */
    Mono<Void> apply(String conversationId, QueueChange change) {
        if (change instanceof QueueChange.Enqueue enqueue) {
            return insert(enqueue.entry());
        }
        if (change instanceof QueueChange.Assign assign) {
            return lockDesk(assign.agent(), assign.at()).then(assign(conversationId, assign));
        }
        if (change instanceof QueueChange.Unassign unassign) {
            return db.sql("UPDATE queue_entry SET assigned_agent = NULL, assigned_at = NULL, language = :language "
                            + "WHERE conversation_id = :id")
                    .bind("language", unassign.language().code())
                    .bind("id", conversationId)
                    .then();
        }
        if (change instanceof QueueChange.Remove) {
            return db.sql("DELETE FROM queue_entry WHERE conversation_id = :id").bind("id", conversationId).then();
        }
        return Mono.empty();
    }

    /**
     * Takes the agent's row lock for the rest of the transaction (creating the row the first time; a racing
     * creation fails on the primary key and the turn is recomputed).
     */
    private Mono<Void> lockDesk(String agent, Instant at) {
        return db.sql("UPDATE agent_desk SET last_assigned_at = :at WHERE agent = :agent")
                .bind("at", Columns.timestamp(at))
                .bind("agent", agent)
                .fetch().rowsUpdated()
                .flatMap(locked -> locked > 0 ? Mono.<Void>empty()
                        : db.sql("INSERT INTO agent_desk (agent, last_assigned_at) VALUES (:agent, :at)")
                                .bind("agent", agent)
                                .bind("at", Columns.timestamp(at))
                                .then());
    }

    /** The entry goes to the agent only below their capacity, counted under the agent's lock. */
    private Mono<Void> assign(String conversationId, QueueChange.Assign assign) {
        int capacity = roster.find(assign.agent()).map(Agent::capacity).orElse(0);
        return db.sql("""
                        UPDATE queue_entry SET assigned_agent = :agent, assigned_at = :at
                        WHERE conversation_id = :id
                          AND (SELECT COUNT(*) FROM queue_entry held WHERE held.assigned_agent = :agent) < :capacity""")
                .bind("agent", assign.agent())
                .bind("at", Columns.timestamp(assign.at()))
                .bind("id", conversationId)
                .bind("capacity", capacity)
                .fetch().rowsUpdated()
                // The agent filled up meanwhile (on this node or another).
                .flatMap(taken -> taken == 1 ? Mono.<Void>empty()
                        : Mono.error(new AgentAtCapacityException(assign.agent(), conversationId)));
    }

    private Mono<Void> insert(QueueEntry entry) {
        return db.sql("""
                        INSERT INTO queue_entry (conversation_id, language, channel, reason, summary, topic,
                            order_number, priority, queued_at, follow_up, assigned_agent, assigned_at)
                        VALUES (:id, :language, :channel, :reason, :summary, :topic, :orderNumber, :priority, :queuedAt,
                            :followUp, NULL, NULL)""")
                .bind("id", entry.conversationId())
                .bind("language", entry.language().code())
                .bind("channel", entry.channel().name())
                .bind("reason", entry.reason().name())
                .bind("summary", entry.summary())
                .bind("topic", Columns.nullable(entry.request().topic()))
                .bind("orderNumber", Columns.nullable(entry.request().orderNumber()))
                .bind("priority", entry.priority())
                .bind("queuedAt", Columns.timestamp(entry.queuedAt()))
                .bind("followUp", entry.followUp())
                .then();
    }

    private static QueueEntry entry(Readable row) {
        return new QueueEntry(
                row.get("conversation_id", String.class),
                Columns.language(row.get("language", String.class)),
                Channel.valueOf(row.get("channel", String.class)),
                HandoffReason.valueOf(row.get("reason", String.class)),
                new HandoffRequest(row.get("summary", String.class), Optional.ofNullable(row.get("topic", String.class)),
                        Optional.ofNullable(row.get("order_number", String.class))),
                row.get("priority", Integer.class),
                Columns.instant(row, "queued_at"),
                row.get("follow_up", Boolean.class),
                Optional.ofNullable(row.get("assigned_agent", String.class)),
                Optional.ofNullable(row.get("assigned_at", java.time.OffsetDateTime.class))
                        .map(java.time.OffsetDateTime::toInstant));
    }
}
