package dev.tandem.adapters.persistence;

import dev.tandem.bot.conversation.Attachment;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.customer.CustomerLink;
import dev.tandem.bot.conversation.InternalNote;
import dev.tandem.bot.privacy.port.PersonalDataStore;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A customer's conversations and old ones, found and deleted in SQL (H2 and PostgreSQL alike). */
@Component
public class R2dbcPersonalDataStore implements PersonalDataStore {

    /**
     * Child tables first: each references the conversation (the channels' records and customer links too). Tables
     * whose rows go with their conversation by {@code ON DELETE CASCADE} (agents' notes, callback requests) are
     * not listed.
     */
    private static final String[] OWNED_TABLES = {"message_email", "message", "attachment", "queue_entry", "conversation_event", "rating",
        "customer_link", "email_message", "email_thread", "telegram_chat"};

    /**
     * Whole addresses only, through two indexes: the addresses shoppers wrote ({@code message_email}, which
     * holds the address left for an answer too) and the identities linked to conversations (an order proven
     * with the address, the sender of a mail thread). The messages themselves are never read.
     */
    static final String CONVERSATIONS_OF = """
            SELECT c.* FROM (
                SELECT a.conversation_id FROM message_email a WHERE a.email = :email
                UNION
                SELECT l.conversation_id FROM customer_link l WHERE l.identity_kind = 'EMAIL' AND l.identity_value = :email
            ) found JOIN conversation c ON c.id = found.conversation_id
            ORDER BY c.created_at, c.id""";

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final ConversationRows rows;
    private final R2dbcCustomerLinks customerLinks;
    private final R2dbcAttachmentStore attachments;
    private final R2dbcNoteStore notes;
    private final R2dbcAgentQueueStore queue;

    public R2dbcPersonalDataStore(DatabaseClient db, TransactionalOperator transaction, ConversationRows rows, R2dbcAgentQueueStore queue) {
        this.customerLinks = new R2dbcCustomerLinks(db);
        this.attachments = new R2dbcAttachmentStore(db);
        this.notes = new R2dbcNoteStore(db);
        this.db = db;
        this.transaction = transaction;
        this.rows = rows;
        this.queue = queue;
    }

    @Override
    public Flux<Conversation> conversationsOf(String email) {
        return db.sql(CONVERSATIONS_OF)
                .bind("email", email)
                .map(ConversationRows::conversation)
                .all();
    }

    @Override
    public Flux<Message> transcript(String conversationId) {
        return rows.messagesAfter(db, conversationId, 0);
    }

    @Override
    public Flux<Attachment> attachments(String conversationId) {
        return attachments.ofConversation(conversationId);
    }

    @Override
    public Flux<CustomerLink> customerLinks(String conversationId) {
        return customerLinks.ofConversations(List.of(conversationId));
    }

    @Override
    public Flux<InternalNote> notes(String conversationId) {
        return notes.ofConversation(conversationId);
    }

    @Override
    public Mono<Long> delete(Flux<String> conversationIds) {
        // An erased conversation may have been waiting in the queue, and erasures announce nothing.
        return conversationIds.concatMap(id -> deleteOne(id).as(transaction::transactional)
                        .doOnSuccess(deleted -> queue.changed()))
                .reduce(0L, Long::sum);
    }

    @Override
    public Flux<String> inactiveSince(Instant before) {
        return db.sql("SELECT id FROM conversation WHERE updated_at < :before AND state NOT IN ('QUEUED', 'ASSIGNED')")
                .bind("before", Columns.timestamp(before))
                .map(row -> row.get("id", String.class))
                .all();
    }

    private Mono<Long> deleteOne(String id) {
        Flux<Long> children = Flux.fromArray(OWNED_TABLES).concatMap(table -> db
                .sql("DELETE FROM " + table + " WHERE conversation_id = :id").bind("id", id).fetch().rowsUpdated());
        return children.then(db.sql("DELETE FROM conversation WHERE id = :id").bind("id", id).fetch().rowsUpdated());
    }
}
