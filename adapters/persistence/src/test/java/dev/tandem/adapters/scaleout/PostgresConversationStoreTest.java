package dev.tandem.adapters.scaleout;

import dev.tandem.adapters.persistence.R2dbcConversationStoreTest;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.flywaydb.core.Flyway;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The conversation store's tests on a real PostgreSQL, with the same Flyway migrations as H2: one schema
 * history for both, and the same behaviour (versioned turns, the queue, atomic assignment within capacity).
 */
class PostgresConversationStoreTest extends R2dbcConversationStoreTest {

    @Override
    protected DatabaseUnderTest database() {
        PostgresServer.Database database = PostgresServer.newDatabase();
        Flyway.configure()
                .dataSource(database.jdbcUrl(), "postgres", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        ConnectionFactory connections = ConnectionFactories.get(ConnectionFactoryOptions.parse(database.r2dbcUrl())
                .mutate().option(ConnectionFactoryOptions.USER, "postgres").build());
        return new DatabaseUnderTest(DatabaseClient.create(connections),
                TransactionalOperator.create(new R2dbcTransactionManager(connections)));
    }
}
