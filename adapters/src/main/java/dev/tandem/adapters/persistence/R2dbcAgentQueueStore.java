package dev.tandem.adapters.persistence;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.handoff.QueueEntry;
import dev.tandem.bot.handoff.port.AgentQueueStore;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The agent queue as rows of {@code queue_entry}, ordered by priority, then by waiting time. */
@Component
public class R2dbcAgentQueueStore implements AgentQueueStore {

    /** "Ahead of an entry" in the queue order: a higher priority, or the same priority and queued earlier. */
    private static final String AHEAD = "(priority > :priority OR (priority = :priority AND queued_at < :queuedAt))";

    private final DatabaseClient db;

    public R2dbcAgentQueueStore(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<QueueEntry> waiting() {
        return db.sql("SELECT * FROM queue_entry ORDER BY priority DESC, queued_at, conversation_id")
                .map(R2dbcAgentQueueStore::entry)
                .all();
    }

    @Override
    public Mono<Long> waitingAhead(int priority, Instant queuedAt) {
        return db.sql("SELECT COUNT(*) AS ahead FROM queue_entry WHERE " + AHEAD)
                .bind("priority", priority)
                .bind("queuedAt", Sql.timestamp(queuedAt))
                .map(row -> row.get("ahead", Long.class))
                .one();
    }

    @Override
    public Mono<Integer> positionOf(String conversationId) {
        return db.sql("SELECT priority, queued_at FROM queue_entry WHERE conversation_id = :id")
                .bind("id", conversationId)
                .map(row -> new Place(row.get("priority", Integer.class), Sql.instant(row, "queued_at")))
                .one()
                .flatMap(own -> waitingAhead(own.priority(), own.queuedAt()))
                .map(ahead -> Math.toIntExact(ahead + 1));
    }

    private record Place(int priority, Instant queuedAt) {
    }

    private static QueueEntry entry(Readable row) {
        return new QueueEntry(
                row.get("conversation_id", String.class),
                Sql.language(row.get("language", String.class)),
                Channel.valueOf(row.get("channel", String.class)),
                HandoffReason.valueOf(row.get("reason", String.class)),
                row.get("summary", String.class),
                row.get("priority", Integer.class),
                Sql.instant(row, "queued_at"));
    }
}
