package dev.tandem.adapters.persistence;

import dev.tandem.bot.away.port.ReplyReceipts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reply receipts in the table {@code reply_receipt} (migration V21): one row per web conversation, made on first use.
 * Both marks only move forward, by conditional updates, so nodes racing on one conversation agree.
 */
@Component
public class R2dbcReplyReceipts implements ReplyReceipts {

    private final DatabaseClient db;

    public R2dbcReplyReceipts(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> reached(String conversationId, long seq) {
        return row(conversationId).then(db.sql("""
                        UPDATE reply_receipt SET reached_seq = :seq WHERE conversation_id = :id AND reached_seq < :seq""")
                .bind("seq", seq).bind("id", conversationId).then());
    }

    @Override
    public Mono<Long> handledUpTo(String conversationId) {
        return db.sql("SELECT reached_seq, mailed_seq FROM reply_receipt WHERE conversation_id = :id")
                .bind("id", conversationId)
                .map(row -> Math.max(row.get("reached_seq", Long.class), row.get("mailed_seq", Long.class)))
                .one()
                .defaultIfEmpty(0L);
    }

    @Override
    public Mono<Boolean> claimMail(String conversationId, long seq) {
        return row(conversationId).then(db.sql("""
                        UPDATE reply_receipt SET mailed_seq = :seq
                        WHERE conversation_id = :id AND mailed_seq < :seq AND reached_seq < :seq""")
                .bind("seq", seq).bind("id", conversationId)
                .fetch().rowsUpdated().map(updated -> updated > 0));
    }

    /** The conversation's row, made at 0/0 if missing (another node making it at once is as good). */
    private Mono<Void> row(String conversationId) {
        return db.sql("""
                        INSERT INTO reply_receipt (conversation_id, reached_seq, mailed_seq)
                        SELECT :id, 0, 0 FROM (VALUES (1)) AS one (x)
                        WHERE NOT EXISTS (SELECT 1 FROM reply_receipt WHERE conversation_id = :id)""")
                .bind("id", conversationId)
                .then()
                .onErrorResume(DataIntegrityViolationException.class, alreadyThere -> Mono.empty());
    }
}
