package dev.tandem.adapters.persistence;

import dev.tandem.bot.away.port.ResumeLinks;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Resume links in the table {@code resume_link} (migration V21). Redeeming one sets the conversation's token hash
 * in the same transaction as the check.
 */
@Component
public class R2dbcResumeLinks implements ResumeLinks {

    private final DatabaseClient db;
    private final TransactionalOperator transaction;

    public R2dbcResumeLinks(DatabaseClient db, TransactionalOperator transaction) {
        this.db = db;
        this.transaction = transaction;
    }

    @Override
    public Mono<Void> save(String conversationId, String keyHash, Instant createdAt) {
        return db.sql("INSERT INTO resume_link (key_hash, conversation_id, created_at) VALUES (:hash, :id, :at)")
                .bind("hash", keyHash).bind("id", conversationId).bind("at", Columns.timestamp(createdAt))
                .then();
    }

    @Override
    public Mono<Boolean> redeem(String conversationId, String keyHash, Instant notBefore, String newTokenHash) {
        return db.sql("""
                        SELECT COUNT(*) AS n FROM resume_link
                        WHERE key_hash = :hash AND conversation_id = :id AND created_at >= :notBefore""")
                .bind("hash", keyHash).bind("id", conversationId).bind("notBefore", Columns.timestamp(notBefore))
                .map(row -> row.get("n", Long.class) > 0).one()
                .flatMap(valid -> !valid ? Mono.just(false) : db
                        .sql("UPDATE conversation SET token_hash = :token WHERE id = :id")
                        .bind("token", newTokenHash).bind("id", conversationId)
                        .fetch().rowsUpdated().map(updated -> updated > 0))
                .as(transaction::transactional);
    }
}
