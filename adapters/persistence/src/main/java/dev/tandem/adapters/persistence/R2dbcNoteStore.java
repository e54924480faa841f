package dev.tandem.adapters.persistence;

import dev.tandem.bot.conversation.InternalNote;
import dev.tandem.bot.notes.port.NoteStore;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Agents' notes in the table {@code conversation_note} (migration V15), in SQL that H2 and PostgreSQL both run. */
@Component
public class R2dbcNoteStore implements NoteStore {

    private final DatabaseClient db;

    public R2dbcNoteStore(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(InternalNote note) {
        return db.sql("""
                        INSERT INTO conversation_note (id, conversation_id, after_seq, agent, text, created_at)
                        VALUES (:id, :conversationId, :afterSeq, :agent, :text, :createdAt)""")
                .bind("id", note.id())
                .bind("conversationId", note.conversationId())
                .bind("afterSeq", note.afterSeq())
                .bind("agent", note.agent())
                .bind("text", note.text())
                .bind("createdAt", Columns.timestamp(note.createdAt()))
                .then();
    }

    @Override
    public Flux<InternalNote> ofConversation(String conversationId) {
        return db.sql("SELECT * FROM conversation_note WHERE conversation_id = :id ORDER BY created_at, id")
                .bind("id", conversationId)
                .map(R2dbcNoteStore::note)
                .all();
    }

    private static InternalNote note(Readable row) {
        return new InternalNote(row.get("id", String.class), row.get("conversation_id", String.class),
                row.get("after_seq", Long.class), row.get("agent", String.class), row.get("text", String.class),
                Columns.instant(row, "created_at"));
    }
}
