package dev.tandem.adapters.persistence;

import dev.tandem.bot.attachment.port.AttachmentStore;
import dev.tandem.bot.conversation.AttachedFile;
import dev.tandem.bot.conversation.Attachment;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Attachments in the table {@code attachment} (migration V20), bytes and all, so every node reads the same files
 * and a backup holds them; the same SQL on H2 and PostgreSQL.
 */
@Component
public class R2dbcAttachmentStore implements AttachmentStore {

    private final DatabaseClient db;

    public R2dbcAttachmentStore(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(Attachment attachment) {
        AttachedFile file = attachment.file();
        return db.sql("""
                        INSERT INTO attachment (id, conversation_id, file_name, media_type, size_bytes, content, created_at)
                        VALUES (:id, :conversationId, :name, :mediaType, :size, :content, :createdAt)""")
                .bind("id", file.id())
                .bind("conversationId", attachment.conversationId())
                .bind("name", file.name())
                .bind("mediaType", file.mediaType())
                .bind("size", file.size())
                .bind("content", attachment.content())
                .bind("createdAt", Columns.timestamp(attachment.createdAt()))
                .then();
    }

    @Override
    public Mono<Attachment> find(String conversationId, String attachmentId) {
        return db.sql("SELECT * FROM attachment WHERE id = :id AND conversation_id = :conversationId")
                .bind("id", attachmentId)
                .bind("conversationId", conversationId)
                .map(R2dbcAttachmentStore::attachment)
                .one();
    }

    /** The conversation's attachments, oldest first. */
    Flux<Attachment> ofConversation(String conversationId) {
        return db.sql("SELECT * FROM attachment WHERE conversation_id = :conversationId ORDER BY created_at, id")
                .bind("conversationId", conversationId)
                .map(R2dbcAttachmentStore::attachment)
                .all();
    }

    private static Attachment attachment(Readable row) {
        return new Attachment(row.get("conversation_id", String.class),
                new AttachedFile(row.get("id", String.class), row.get("file_name", String.class),
                        row.get("media_type", String.class), row.get("size_bytes", Long.class)),
                row.get("content", byte[].class), Columns.instant(row, "created_at"));
    }
}
