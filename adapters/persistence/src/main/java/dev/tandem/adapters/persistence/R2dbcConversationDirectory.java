package dev.tandem.adapters.persistence;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.agentdesk.BrowseInbox;
import dev.tandem.bot.agentdesk.port.ConversationDirectory;
import dev.tandem.bot.text.ChatText;
import io.r2dbc.spi.Readable;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The agents' inbox lists over {@code conversation} and {@code message}, in SQL that H2 and PostgreSQL both run.
 * A search is a case-insensitive substring of any shopper or agent message, of the contact address, or the
 * order number: a full scan of the matching conversations' messages, bounded by the page size.
 */
@Component
public class R2dbcConversationDirectory implements ConversationDirectory {

    private static final int QUESTION_LENGTH = 140;

    private final DatabaseClient db;

    public R2dbcConversationDirectory(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<BrowseInbox.Entry> find(Query query) {
        // The states come from the enum, never from a request: safe to write into the statement.
        String states = query.states().stream().map(state -> "'" + state.name() + "'").sorted()
                .collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("""
                SELECT c.id, c.channel, c.language, c.state, c.assigned_agent, c.contact_email,
                    COALESCE(c.order_verified, c.order_number, q.order_number) AS order_number, c.updated_at,
                    (SELECT m.text FROM message m WHERE m.conversation_id = c.id AND m.author = 'SHOPPER'
                        ORDER BY m.seq LIMIT 1) AS question
                FROM conversation c LEFT JOIN queue_entry q ON q.conversation_id = c.id
                WHERE c.state IN (""").append(states).append(")");
        query.assignedTo().ifPresent(agent -> sql.append(" AND c.assigned_agent = :agent"));
        query.text().ifPresent(text -> sql.append("""
                 AND (LOWER(c.contact_email) LIKE :pattern ESCAPE '!'
                    OR c.order_number = :exact OR c.order_verified = :exact OR q.order_number = :exact
                    OR EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = c.id
                        AND m.author IN ('SHOPPER', 'AGENT') AND LOWER(m.text) LIKE :pattern ESCAPE '!'))"""));
        sql.append(" ORDER BY c.updated_at DESC, c.id LIMIT ").append(query.limit());
        DatabaseClient.GenericExecuteSpec statement = db.sql(sql.toString());
        if (query.assignedTo().isPresent()) {
            statement = statement.bind("agent", query.assignedTo().get());
        }
        if (query.text().isPresent()) {
            String text = query.text().get();
            statement = statement.bind("pattern", "%" + escaped(text.toLowerCase(Locale.ROOT)) + "%")
                    .bind("exact", text);
        }
        return statement.map(R2dbcConversationDirectory::entry).all();
    }

    /** The search is the words typed, not a pattern: % and _ match themselves. */
    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static BrowseInbox.Entry entry(Readable row) {
        String question = row.get("question", String.class);
        return new BrowseInbox.Entry(
                row.get("id", String.class),
                Channel.valueOf(row.get("channel", String.class)),
                Columns.language(row.get("language", String.class)),
                ConversationState.valueOf(row.get("state", String.class)),
                Optional.ofNullable(row.get("assigned_agent", String.class)),
                Optional.ofNullable(row.get("contact_email", String.class)),
                Optional.ofNullable(row.get("order_number", String.class)),
                question == null ? "" : ChatText.oneLine(question, QUESTION_LENGTH),
                Columns.instant(row, "updated_at"));
    }
}
