package db.migration;

import dev.tandem.bot.privacy.CustomerAddresses;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The index customers' data requests look addresses up in (issue #20): table {@code message_email}, one row per
 * whole e-mail address a shopper wrote in a message, lower-case, as {@link CustomerAddresses#writtenIn} finds it
 * (the store adds rows as it saves messages). This migration fills it from the messages already stored (Java,
 * because SQL cannot run the entity extractor), and links every mail thread to its sender where that link is
 * missing, so a data request never needs to read messages or mail threads. Portable SQL for H2 and PostgreSQL.
 */
public class V11__Message_email_addresses extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE TABLE message_email (
                        conversation_id VARCHAR(36)  NOT NULL,
                        seq             BIGINT       NOT NULL,
                        email           VARCHAR(320) NOT NULL,
                        PRIMARY KEY (conversation_id, seq, email),
                        FOREIGN KEY (conversation_id, seq) REFERENCES message (conversation_id, seq)
                    )""");
            ddl.execute("CREATE INDEX message_email_address ON message_email (email)");
        }
        try (Statement read = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO message_email (conversation_id, seq, email) VALUES (?, ?, ?)")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet messages = read.executeQuery(
                    "SELECT conversation_id, seq, text FROM message WHERE author = 'SHOPPER' AND text LIKE '%@%'")) {
                while (messages.next()) {
                    for (String address : CustomerAddresses.writtenIn(messages.getString("text"))) {
                        insert.setString(1, messages.getString("conversation_id"));
                        insert.setLong(2, messages.getLong("seq"));
                        insert.setString(3, address);
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        try (Statement links = connection.createStatement()) {
            links.execute("""
                    INSERT INTO customer_link (conversation_id, identity_kind, identity_value, source, order_number, linked_at)
                    SELECT t.conversation_id, 'EMAIL', LOWER(t.shopper_address), 'EMAIL_SENDER', '', t.created_at
                    FROM email_thread t
                    WHERE NOT EXISTS (SELECT 1 FROM customer_link l WHERE l.conversation_id = t.conversation_id
                                      AND l.identity_kind = 'EMAIL' AND l.identity_value = LOWER(t.shopper_address))""");
        }
    }
}
