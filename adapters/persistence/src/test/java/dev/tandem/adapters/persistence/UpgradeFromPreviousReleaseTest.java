package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.team.Agent;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.Message;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A shop's database as the previous release left it, upgraded by this version's migrations: every row of every
 * table keeps every value it had, and the server's store reads the conversation as before.
 *
 * <p>How it stays true as migrations are added: the database is built with Flyway up to {@link #PREVIOUS_RELEASE}
 * only, and filled with SQL written for that release's schema ({@link #fillAsThePreviousReleaseDid}), so a later
 * migration changes nothing here except what it is tested for: it runs in "migrate to latest" on top. When a
 * release is made, set {@link #PREVIOUS_RELEASE} to its last migration and extend the fill with rows for the
 * tables and columns it added (the old inserts still hold, since migrations only add). A migration that drops or
 * rewrites a column on purpose (as V13 dropped the channels' tokens) fails the comparison: name the column in
 * {@link #CHANGED_ON_PURPOSE} with the reason, and assert its new form.
 */
public class UpgradeFromPreviousReleaseTest {

    /** The last migration of the previous release: the schema shops run today. */
    static final String PREVIOUS_RELEASE = "16";
    /** {@code table.column}s a migration since the previous release drops or rewrites on purpose. */
    static final Set<String> CHANGED_ON_PURPOSE = Set.of();

    private static final List<Agent> AGENTS = List.of(new Agent("marta", Set.of(), 3));

    /** A fresh, empty database: its JDBC URL for Flyway and SQL, its R2DBC URL for the store. */
    public record Database(String jdbcUrl, String r2dbcUrl, String user, String password) {
    }

    protected Database database() {
        String name = "upgrade-" + UUID.randomUUID();
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "r2dbc:h2:mem:///" + name
                + "?options=DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void givenTheDatabaseOfThePreviousRelease_whenThisVersionMigratesIt_thenEveryRowIsIntactAndTheStoreReadsIt()
            throws SQLException {
        Database database = database();
        migrate(database, PREVIOUS_RELEASE);
        Map<String, List<Map<String, String>>> before;
        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            fillAsThePreviousReleaseDid(sql);
            before = everyTable(connection);
        }

        migrate(database, "latest");

        try (Connection connection = connect(database)) {
            Map<String, List<Map<String, String>>> after = everyTable(connection);
            before.forEach((table, rows) -> assertThat(sameColumns(after.get(table), rows, table))
                    .as("the rows of %s after the upgrade", table).containsExactlyInAnyOrderElementsOf(rows));
        }
        assertThat(before.get("message")).hasSize(4);
        var connections = ConnectionFactories.get(ConnectionFactoryOptions.parse(database.r2dbcUrl()).mutate()
                .option(ConnectionFactoryOptions.USER, database.user())
                .option(ConnectionFactoryOptions.PASSWORD, database.password()).build());
        DatabaseClient client = DatabaseClient.create(connections);
        try (R2dbcConversationStore store = new R2dbcConversationStore(client,
                TransactionalOperator.create(new R2dbcTransactionManager(connections)),
                new ConversationRows(new QuickRepliesColumn(new JsonMapper())), new R2dbcAgentQueueStore(client, () -> AGENTS))) {
            Conversation conversation = store.find("c-ann").block(Duration.ofSeconds(10));
            assertThat(conversation.state()).isEqualTo(ConversationState.ASSIGNED);
            assertThat(conversation.assignedAgent()).hasValue("marta");
            assertThat(conversation.contactEmail()).hasValue("ann@example.org");
            assertThat(store.messagesAfter("c-ann", 0).collectList().block(Duration.ofSeconds(10)))
                    .extracting(Message::seq, Message::text, Message::quickReplies).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1L, "Hi! How can I help?", List.of("Where is my order?", "Returns")),
                            org.assertj.core.groups.Tuple.tuple(2L, "my parcel 100234 is late, ann@example.org", List.of()),
                            org.assertj.core.groups.Tuple.tuple(3L, "Let me find someone for you.", List.of()),
                            org.assertj.core.groups.Tuple.tuple(4L, "Hi Ann, Marta here: it leaves today.", List.of()));
        }
    }

    /** What a shop running the previous release has: a web chat handed to an agent, a Telegram chat, a mail thread. */
    private static void fillAsThePreviousReleaseDid(Statement sql) throws SQLException {
        String at = "TIMESTAMP WITH TIME ZONE '2026-11-30 09:15:00+00'";
        sql.execute("INSERT INTO conversation (id, token_hash, channel, language, state, handoff_reason, "
                + "low_confidence_streak, last_seq, version, created_at, updated_at, assigned_agent, last_faq_id, vote_seq, "
                + "answer_unhelpful, contact_email, order_step, order_number, order_failures, order_verified) VALUES "
                + "('c-ann', '" + "a".repeat(64) + "', 'WEB', 'en', 'ASSIGNED', 'SHOPPER_REQUEST', 0, 4, 6, " + at + ", "
                + at + ", 'marta', 'returns-window', 1, FALSE, 'ann@example.org', 'NONE', '100234', 1, NULL), "
                + "('c-tg', '" + "b".repeat(64) + "', 'TELEGRAM', 'uk', 'BOT', NULL, 1, 0, 1, " + at + ", " + at
                + ", NULL, NULL, 0, FALSE, NULL, 'NONE', NULL, 0, NULL), "
                + "('c-mail', '" + "c".repeat(64) + "', 'EMAIL', 'pl', 'WAITING', 'EMAIL', 0, 0, 2, " + at + ", " + at
                + ", NULL, NULL, 0, FALSE, 'jan@example.com', 'NONE', NULL, 0, NULL)");
        sql.execute("INSERT INTO message (conversation_id, seq, author, text, created_at, language, intent, confidence, "
                + "faq_id, quick_replies, helpful, sender) VALUES "
                + "('c-ann', 1, 'BOT', 'Hi! How can I help?', " + at + ", 'en', NULL, NULL, NULL, "
                + "'[\"Where is my order?\",\"Returns\"]', NULL, NULL), "
                + "('c-ann', 2, 'SHOPPER', 'my parcel 100234 is late, ann@example.org', " + at + ", 'en', 'order_status', "
                + "0.82, NULL, NULL, NULL, NULL), "
                + "('c-ann', 3, 'BOT', 'Let me find someone for you.', " + at + ", 'en', NULL, NULL, NULL, NULL, TRUE, NULL), "
                + "('c-ann', 4, 'AGENT', 'Hi Ann, Marta here: it leaves today.', " + at + ", 'en', NULL, NULL, NULL, NULL, "
                + "NULL, 'marta')");
        sql.execute("INSERT INTO message_email (conversation_id, seq, email) VALUES ('c-ann', 2, 'ann@example.org')");
        sql.execute("INSERT INTO queue_entry (conversation_id, language, channel, reason, summary, priority, queued_at, "
                + "follow_up, assigned_agent, assigned_at) VALUES ('c-ann', 'en', 'WEB', 'SHOPPER_REQUEST', "
                + "'my parcel 100234 is late', 0, " + at + ", FALSE, 'marta', " + at + "), "
                + "('c-mail', 'pl', 'EMAIL', 'EMAIL', 'Gdzie moja paczka?', 0, " + at + ", FALSE, NULL, NULL)");
        sql.execute("INSERT INTO conversation_event (conversation_id, kind, state, reason, agent, faq_id, amount, detail, "
                + "created_at) VALUES ('c-ann', 'HANDED_OFF', 'WAITING', 'SHOPPER_REQUEST', NULL, NULL, NULL, NULL, " + at
                + "), ('c-ann', 'CLAIMED', 'ASSIGNED', NULL, 'marta', NULL, 42, NULL, " + at + ")");
        sql.execute("INSERT INTO rating (conversation_id, score, comment_text, handled_by, agent, created_at) VALUES "
                + "('c-ann', 5, 'quick, thanks', 'AGENT', 'marta', " + at + ")");
        sql.execute("INSERT INTO agent_desk (agent, last_assigned_at) VALUES ('marta', " + at + ")");
        sql.execute("INSERT INTO telegram_chat (chat_id, conversation_id, user_id, username, language_code, last_update_id, "
                + "created_at) VALUES (777, 'c-tg', 4242, 'olena', 'uk', 9001, " + at + ")");
        sql.execute("INSERT INTO email_thread (conversation_id, shopper_address, subject, delivered_seq, failed_attempts, "
                + "retry_at, created_at) VALUES ('c-mail', 'Jan@Example.com', 'Gdzie moja paczka?', 0, 0, NULL, " + at + ")");
        sql.execute("INSERT INTO email_message (message_id, conversation_id, direction, created_at) VALUES "
                + "('<m1@example.com>', 'c-mail', 'IN', " + at + ")");
        sql.execute("INSERT INTO customer_link (conversation_id, identity_kind, identity_value, source, order_number, "
                + "linked_at) VALUES ('c-ann', 'EMAIL', 'ann@example.org', 'ORDER_VERIFICATION', '100234', " + at + "), "
                + "('c-tg', 'TELEGRAM', '4242', 'TELEGRAM_ACCOUNT', '', " + at + ")");
        sql.execute("INSERT INTO order_proof_failure (proof_key, failed_at) VALUES ('" + "d".repeat(64) + "', " + at + ")");
    }

    private static void migrate(Database database, String target) {
        Flyway.configure().dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("classpath:db/migration").target(target).load().migrate();
    }

    private static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    /** Every table but Flyway's, each row as column → value in the database's own text form. */
    private static Map<String, List<Map<String, String>>> everyTable(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String schema = found.getString("TABLE_SCHEM");
                String table = found.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (schema.equalsIgnoreCase("public") && !table.equals("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        Map<String, List<Map<String, String>>> rows = new TreeMap<>();
        for (String table : tables) {
            try (Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery("SELECT * FROM " + table)) {
                List<Map<String, String>> tableRows = new ArrayList<>();
                while (result.next()) {
                    Map<String, String> row = new TreeMap<>();
                    for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                        row.put(result.getMetaData().getColumnLabel(column).toLowerCase(Locale.ROOT), result.getString(column));
                    }
                    tableRows.add(row);
                }
                rows.put(table, tableRows);
            }
        }
        return rows;
    }

    /** The rows after the upgrade, cut down to the columns the previous release had (new columns may be added). */
    private static List<Map<String, String>> sameColumns(List<Map<String, String>> after, List<Map<String, String>> before,
                                                         String table) {
        assertThat(after).as("table %s after the upgrade", table).isNotNull();
        if (before.isEmpty()) {
            return after;
        }
        List<Map<String, String>> projected = new ArrayList<>();
        for (Map<String, String> row : after) {
            Map<String, String> old = new TreeMap<>();
            for (String column : before.get(0).keySet()) {
                if (!CHANGED_ON_PURPOSE.contains(table + "." + column)) {
                    assertThat(row).as("%s.%s after the upgrade", table, column).containsKey(column);
                    old.put(column, row.get(column));
                }
            }
            projected.add(old);
        }
        return projected;
    }
}
