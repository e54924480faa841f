package dev.tandem.adapters.persistence;

import dev.tandem.bot.callback.CallbackRequest;
import dev.tandem.bot.callback.CallbackState;
import dev.tandem.bot.callback.PhoneNumber;
import dev.tandem.bot.callback.TimeWindow;
import dev.tandem.bot.callback.port.CallbackStore;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Callback requests in the table {@code callback_request} (migration V18), in SQL that H2 and PostgreSQL both run.
 * Marking one done is a conditional update, so of two agents at once exactly one does it.
 */
@Component
public class R2dbcCallbackStore implements CallbackStore {

    private final DatabaseClient db;

    public R2dbcCallbackStore(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(CallbackRequest request) {
        return db.sql("""
                        INSERT INTO callback_request (id, conversation_id, language, phone, time_window, requested_at)
                        VALUES (:id, :conversationId, :language, :phone, :window, :requestedAt)""")
                .bind("id", request.id())
                .bind("conversationId", request.conversationId())
                .bind("language", request.language().code())
                .bind("phone", request.phone().value())
                .bind("window", request.window().apiName())
                .bind("requestedAt", Columns.timestamp(request.requestedAt()))
                .then();
    }

    @Override
    public Mono<CallbackRequest> find(String id) {
        return db.sql("SELECT * FROM callback_request WHERE id = :id").bind("id", id)
                .map(R2dbcCallbackStore::request).one();
    }

    @Override
    public Mono<Boolean> hasOpen(String conversationId) {
        return db.sql("SELECT COUNT(*) AS n FROM callback_request WHERE conversation_id = :id AND done_at IS NULL")
                .bind("id", conversationId)
                .map(row -> row.get("n", Long.class) > 0).one();
    }

    @Override
    public Flux<CallbackRequest> open(int limit) {
        return db.sql("SELECT * FROM callback_request WHERE done_at IS NULL ORDER BY requested_at, id LIMIT :limit")
                .bind("limit", limit)
                .map(R2dbcCallbackStore::request).all();
    }

    @Override
    public Flux<CallbackRequest> done(int limit) {
        return db.sql("SELECT * FROM callback_request WHERE done_at IS NOT NULL ORDER BY done_at DESC, id LIMIT :limit")
                .bind("limit", limit)
                .map(R2dbcCallbackStore::request).all();
    }

    @Override
    public Mono<Boolean> markDone(String id, String agent, Instant at) {
        return db.sql("UPDATE callback_request SET done_by = :agent, done_at = :at WHERE id = :id AND done_at IS NULL")
                .bind("agent", agent)
                .bind("at", Columns.timestamp(at))
                .bind("id", id)
                .fetch().rowsUpdated()
                .map(updated -> updated > 0);
    }

    private static CallbackRequest request(Readable row) {
        OffsetDateTime doneAt = row.get("done_at", OffsetDateTime.class);
        CallbackState state = doneAt == null ? CallbackState.OPEN
                : new CallbackState.Done(row.get("done_by", String.class), doneAt.toInstant());
        return new CallbackRequest(row.get("id", String.class), row.get("conversation_id", String.class),
                Columns.language(row.get("language", String.class)), new PhoneNumber(row.get("phone", String.class)),
                TimeWindow.fromApi(row.get("time_window", String.class)), Columns.instant(row, "requested_at"), state);
    }
}
