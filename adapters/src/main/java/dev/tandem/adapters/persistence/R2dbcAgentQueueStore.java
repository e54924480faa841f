package dev.tandem.adapters.persistence;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.handoff.QueueChange;
import dev.tandem.bot.handoff.QueueEntry;
import dev.tandem.bot.handoff.port.AgentQueueStore;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The agent queue as rows of {@code queue_entry}: one per handed-off conversation until it is resolved or
 * returned to the bot, with the agent holding it (NULL while it waits). Changes are applied inside the
 * turn's transaction by {@link R2dbcConversationStore}.
 */
@Component
public class R2dbcAgentQueueStore implements AgentQueueStore {

    private final DatabaseClient db;

    public R2dbcAgentQueueStore(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<QueueEntry> entries() {
        return db.sql("SELECT * FROM queue_entry ORDER BY queued_at, conversation_id")
                .map(R2dbcAgentQueueStore::entry)
                .all();
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
            return db.sql("UPDATE queue_entry SET assigned_agent = :agent, assigned_at = :at WHERE conversation_id = :id")
                    .bind("agent", assign.agent())
                    .bind("at", Sql.timestamp(assign.at()))
                    .bind("id", conversationId)
                    .then();
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

    private Mono<Void> insert(QueueEntry entry) {
        return db.sql("""
                        INSERT INTO queue_entry (conversation_id, language, channel, reason, summary, priority, queued_at,
                            follow_up, assigned_agent, assigned_at)
                        VALUES (:id, :language, :channel, :reason, :summary, :priority, :queuedAt, :followUp, NULL, NULL)""")
                .bind("id", entry.conversationId())
                .bind("language", entry.language().code())
                .bind("channel", entry.channel().name())
                .bind("reason", entry.reason().name())
                .bind("summary", entry.summary())
                .bind("priority", entry.priority())
                .bind("queuedAt", Sql.timestamp(entry.queuedAt()))
                .bind("followUp", entry.followUp())
                .then();
    }

    private static QueueEntry entry(Readable row) {
        return new QueueEntry(
                row.get("conversation_id", String.class),
                Sql.language(row.get("language", String.class)),
                Channel.valueOf(row.get("channel", String.class)),
                HandoffReason.valueOf(row.get("reason", String.class)),
                row.get("summary", String.class),
                row.get("priority", Integer.class),
                Sql.instant(row, "queued_at"),
                row.get("follow_up", Boolean.class),
                Optional.ofNullable(row.get("assigned_agent", String.class)),
                Optional.ofNullable(row.get("assigned_at", java.time.OffsetDateTime.class))
                        .map(java.time.OffsetDateTime::toInstant));
    }
}
