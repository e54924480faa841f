package dev.tandem.adapters.persistence;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** A fresh in-memory H2 database with the application's Flyway migrations applied: real SQL, no Spring context. */
public final class H2TestDatabase {

    public final DatabaseClient client;
    public final TransactionalOperator transaction;

    public H2TestDatabase() {
        String name = "test-" + UUID.randomUUID();
        Flyway.configure()
                .dataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        ConnectionFactory connections = ConnectionFactories.get(ConnectionFactoryOptions
                .parse("r2dbc:h2:mem:///" + name + "?options=DB_CLOSE_DELAY=-1")
                .mutate().option(ConnectionFactoryOptions.USER, "sa").option(ConnectionFactoryOptions.PASSWORD, "")
                .build());
        client = DatabaseClient.create(connections);
        transaction = TransactionalOperator.create(new R2dbcTransactionManager(connections));
    }

    /** A web conversation in English that the bot holds, opened at {@code at} by the shopper's first message. */
    public void conversation(String id, OffsetDateTime at) {
        client.sql("INSERT INTO conversation (id, token_hash, channel, language, state, low_confidence_streak, "
                        + "last_seq, version, created_at, updated_at) VALUES (:id, :hash, 'WEB', 'en', 'BOT', 0, 1, 1, :at, :at)")
                .bind("id", id).bind("hash", "a".repeat(64)).bind("at", at).then().block();
        client.sql("INSERT INTO message (conversation_id, seq, author, text, created_at) "
                        + "VALUES (:id, 1, 'SHOPPER', 'question', :at)")
                .bind("id", id).bind("at", at).then().block();
    }
}
