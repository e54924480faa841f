package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.conversation.ConversationToken;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Rows stored before a migration, as the migrations leave them: the channels' records keep no value that opens
 * a conversation, and the addresses shoppers wrote are indexed for customers' data requests.
 */
public class ExistingRowsMigrationTest {

    /** A JDBC URL of a fresh, empty database, with its user and password. */
    public record Jdbc(String url, String user, String password) {
    }

    protected Jdbc database() {
        return new Jdbc("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void givenTelegramChatsAndMailThreadsWithRawTokens_whenMigrated_thenNoStoredValueOpensTheirConversations()
            throws SQLException {
        Jdbc jdbc = database();
        migrate(jdbc, "10");
        String telegramToken = ConversationToken.generate();
        String mailToken = ConversationToken.generate();
        try (Connection connection = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
             Statement sql = connection.createStatement()) {
            conversation(sql, "tg", "TELEGRAM", telegramToken);
            conversation(sql, "mail", "EMAIL", mailToken);
            sql.execute("INSERT INTO telegram_chat (chat_id, conversation_id, conversation_token, user_id, username, "
                    + "created_at) VALUES (42, 'tg', '" + telegramToken + "', 4242, 'ola', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO email_thread (conversation_id, conversation_token, shopper_address, subject, "
                    + "delivered_seq, created_at) VALUES ('mail', '" + mailToken + "', 'jan@example.com', 'Help', 1, "
                    + "CURRENT_TIMESTAMP)");
        }

        migrate(jdbc, "latest");

        try (Connection connection = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
             Statement sql = connection.createStatement()) {
            Map<String, Object> chat = single(sql, "SELECT * FROM telegram_chat");
            Map<String, Object> thread = single(sql, "SELECT * FROM email_thread");
            assertThat(chat).containsEntry("chat_id", 42L).containsEntry("user_id", 4242L).containsEntry("username", "ola");
            assertThat(thread).containsEntry("shopper_address", "jan@example.com").containsEntry("subject", "Help");
            assertThat(chat.values()).noneMatch(value -> opens(value, telegramToken));
            assertThat(thread.values()).noneMatch(value -> opens(value, mailToken));
        }
    }

    @Test
    void givenMessagesAndMailThreadsStoredBefore_whenMigrated_thenTheWholeAddressesShoppersWroteAreIndexed()
            throws SQLException {
        Jdbc jdbc = database();
        migrate(jdbc, "10");
        try (Connection connection = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
             Statement sql = connection.createStatement()) {
            conversation(sql, "ann", "WEB", ConversationToken.generate());
            conversation(sql, "mailed", "EMAIL", ConversationToken.generate());
            message(sql, "ann", 1, "SHOPPER", "write to Ann@Example.org or joann@example.org, not ann@example.org.pl");
            message(sql, "ann", 2, "AGENT", "I will write to support@lumo.example");
            message(sql, "ann", 3, "SHOPPER", "again: ann@example.org");
            message(sql, "mailed", 1, "SHOPPER", "where is my parcel?");
            sql.execute("INSERT INTO email_thread (conversation_id, conversation_token, shopper_address, subject, "
                    + "delivered_seq, created_at) VALUES ('mailed', 'x', 'Jan@Example.com', 'Help', 1, CURRENT_TIMESTAMP)");
        }

        migrate(jdbc, "latest");

        try (Connection connection = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
             Statement sql = connection.createStatement()) {
            assertThat(rows(sql, "SELECT conversation_id, seq, email FROM message_email ORDER BY seq, email"))
                    .extracting(row -> row.get("conversation_id") + "#" + row.get("seq") + " " + row.get("email"))
                    .containsExactly("ann#1 ann@example.org", "ann#1 ann@example.org.pl", "ann#1 joann@example.org",
                            "ann#3 ann@example.org");
            assertThat(rows(sql, "SELECT conversation_id, identity_kind, identity_value, source FROM customer_link"))
                    .containsExactly(Map.of("conversation_id", "mailed", "identity_kind", "EMAIL",
                            "identity_value", "jan@example.com", "source", "EMAIL_SENDER"));
        }
    }

    private static void message(Statement sql, String conversationId, int seq, String author, String text)
            throws SQLException {
        sql.execute("INSERT INTO message (conversation_id, seq, author, text, created_at) VALUES ('" + conversationId
                + "', " + seq + ", '" + author + "', '" + text + "', CURRENT_TIMESTAMP)");
    }

    private static void migrate(Jdbc jdbc, String target) {
        Flyway.configure().dataSource(jdbc.url(), jdbc.user(), jdbc.password()).locations("classpath:db/migration")
                .target(target).load().migrate();
    }

    private static void conversation(Statement sql, String id, String channel, String token) throws SQLException {
        sql.execute("INSERT INTO conversation (id, token_hash, channel, language, state, low_confidence_streak, "
                + "last_seq, version, created_at, updated_at) VALUES ('" + id + "', '" + ConversationToken.hash(token)
                + "', '" + channel + "', 'en', 'BOT', 0, 1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }

    /** The token itself, or anything else that would open the conversation it belongs to. */
    private static boolean opens(Object value, String token) {
        return value != null && (value.toString().contains(token)
                || ConversationToken.matches(value.toString().strip(), ConversationToken.hash(token)));
    }

    private static Map<String, Object> single(Statement sql, String query) throws SQLException {
        List<Map<String, Object>> rows = rows(sql, query);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static List<Map<String, Object>> rows(Statement sql, String query) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    Object value = result.getObject(column);
                    row.put(result.getMetaData().getColumnLabel(column).toLowerCase(java.util.Locale.ROOT),
                            value instanceof Number number && !(value instanceof Double) ? (Object) number.longValue() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
