package dev.tandem.adapters.channels.email;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which conversation each mail thread is, the Message-IDs seen and sent in it, and how far its answers were
 * mailed (tables {@code email_thread} and {@code email_message}, migration V6).
 */
final class EmailThreads {

    enum Direction {
        IN,
        OUT
    }

    /**
     * The thread keeps no conversation token: the channel speaks for its shopper as the e-mail channel
     * ({@code ShopperCredential.ChannelAdapter}), so nothing stored here opens a conversation.
     *
     * @param deliveredSeq the transcript up to here is mailed (or needed no mail)
     */
    record EmailThread(String conversationId, String shopperAddress, String subject, long deliveredSeq,
                       int failedAttempts, Optional<Instant> retryAt) {
    }

    private final DatabaseClient db;

    EmailThreads(DatabaseClient db) {
        this.db = db;
    }

    Mono<EmailThread> find(String conversationId) {
        return db.sql("SELECT * FROM email_thread WHERE conversation_id = :id")
                .bind("id", conversationId)
                .map(row -> thread(row))
                .one();
    }

    /** The thread one of these Message-IDs was seen or sent in; empty when none was. */
    Mono<EmailThread> findByMessageIds(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        SELECT t.* FROM email_thread t JOIN email_message m ON m.conversation_id = t.conversation_id
                        WHERE m.message_id IN (:ids) ORDER BY m.created_at DESC""")
                .bind("ids", List.copyOf(messageIds))
                .map(row -> thread(row))
                .all()
                .next();
    }

    Mono<Boolean> seen(String messageId) {
        return db.sql("SELECT COUNT(*) AS n FROM email_message WHERE message_id = :id")
                .bind("id", messageId)
                .map(row -> ((Number) row.get("n")).longValue() > 0)
                .one();
    }

    Mono<Void> open(EmailThread thread, Instant now) {
        return db.sql("""
                        INSERT INTO email_thread (conversation_id, shopper_address, subject, delivered_seq,
                            failed_attempts, created_at)
                        VALUES (:id, :address, :subject, :delivered, 0, :at)""")
                .bind("id", thread.conversationId())
                .bind("address", thread.shopperAddress())
                .bind("subject", thread.subject())
                .bind("delivered", thread.deliveredSeq())
                .bind("at", now.atOffset(ZoneOffset.UTC))
                .then();
    }

    /** Remembers a Message-ID of the thread; one seen before stays as it was. */
    Mono<Void> remember(String messageId, String conversationId, Direction direction, Instant now) {
        return db.sql("""
                        INSERT INTO email_message (message_id, conversation_id, direction, created_at)
                        SELECT :messageId, :conversationId, :direction, :at FROM (VALUES (1)) AS one (x)
                        WHERE NOT EXISTS (SELECT 1 FROM email_message WHERE message_id = :messageId)""")
                .bind("messageId", messageId)
                .bind("conversationId", conversationId)
                .bind("direction", direction.name())
                .bind("at", now.atOffset(ZoneOffset.UTC))
                .then();
    }

    /** The thread's Message-IDs, oldest first: the References of the next answer. */
    Flux<String> messageIds(String conversationId) {
        return db.sql("SELECT message_id FROM email_message WHERE conversation_id = :id ORDER BY created_at, message_id")
                .bind("id", conversationId)
                .map(row -> row.get("message_id", String.class))
                .all();
    }

    /** The newest mail the shopper sent in the thread: the one an answer replies to. */
    Mono<String> lastFromShopper(String conversationId) {
        return db.sql("""
                        SELECT message_id FROM email_message WHERE conversation_id = :id AND direction = 'IN'
                        ORDER BY created_at DESC, message_id DESC""")
                .bind("id", conversationId)
                .map(row -> row.get("message_id", String.class))
                .all()
                .next();
    }

    Mono<Void> delivered(String conversationId, long seq) {
        return db.sql("""
                        UPDATE email_thread SET delivered_seq = :seq, failed_attempts = 0, retry_at = NULL
                        WHERE conversation_id = :id AND delivered_seq < :seq""")
                .bind("seq", seq)
                .bind("id", conversationId)
                .then();
    }

    Mono<Void> failed(String conversationId, int failedAttempts, Instant retryAt) {
        return db.sql("UPDATE email_thread SET failed_attempts = :failed, retry_at = :retryAt WHERE conversation_id = :id")
                .bind("failed", failedAttempts)
                .bind("retryAt", retryAt.atOffset(ZoneOffset.UTC))
                .bind("id", conversationId)
                .then();
    }

    /**
     * Threads whose conversation has messages not yet mailed and that are not waiting out a failed delivery:
     * answers written on another node, or while the mail server was down.
     */
    Flux<String> due(Instant now) {
        return db.sql("""
                        SELECT t.conversation_id FROM email_thread t JOIN conversation c ON c.id = t.conversation_id
                        WHERE c.last_seq > t.delivered_seq AND (t.retry_at IS NULL OR t.retry_at <= :now)""")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .map(row -> row.get("conversation_id", String.class))
                .all();
    }

    private static EmailThread thread(Readable row) {
        OffsetDateTime retryAt = row.get("retry_at", OffsetDateTime.class);
        return new EmailThread(row.get("conversation_id", String.class),
                row.get("shopper_address", String.class), row.get("subject", String.class),
                row.get("delivered_seq", Long.class), row.get("failed_attempts", Integer.class),
                Optional.ofNullable(retryAt).map(OffsetDateTime::toInstant));
    }
}

