package dev.tandem.adapters.persistence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.mock.env.MockEnvironment;

/**
 * The database the server starts on is opened once: Flyway's connection closing must not close (and compact) the
 * H2 file before the R2DBC pool opens it again. A GLOBAL TEMPORARY table lives exactly as long as the open database,
 * so whether its row is still there tells whether H2 closed the database in between.
 */
class H2OpenWhileStartingTest {

    @TempDir
    Path temp;

    /** Closes the database here and now: a close left to a pool or to H2 would still be writing while JUnit deletes. */
    @AfterEach
    void shutDown() throws SQLException {
        try (Connection connection = DriverManager.getConnection(environment().getProperty("spring.flyway.url") + ";IFEXISTS=TRUE", "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("SHUTDOWN");
        }
    }

    @Test
    void givenTheDataDirDatabase_whenFlywayHasMigratedIt_thenItIsStillOpenForThePool() throws SQLException {
        MockEnvironment environment = environment();
        H2OpenWhileStarting start = new H2OpenWhileStarting(pool(null));

        start.migrate(flyway(environment));

        assertThat(start.holding()).isTrue();
        markOpen(environment);
        assertThat(stillTheSameOpenDatabase(environment)).isTrue();
        start.destroy();
    }

    @Test
    void givenTheServerIsReady_whenTheStartLetsGo_thenThePoolKeepsTheDatabaseOpen() throws SQLException {
        MockEnvironment environment = environment();
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(ConnectionFactories.get(
                        ConnectionFactoryOptions.parse(environment.getProperty("spring.r2dbc.url")).mutate()
                                .option(ConnectionFactoryOptions.USER, "sa").option(ConnectionFactoryOptions.PASSWORD, "").build()))
                .initialSize(1).maxSize(1).build());
        H2OpenWhileStarting start = new H2OpenWhileStarting(pool(pool));
        start.migrate(flyway(environment));
        markOpen(environment);

        start.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null, null));

        assertThat(start.holding()).isFalse();
        assertThat(stillTheSameOpenDatabase(environment)).isTrue();
        pool.disposeLater().block(Duration.ofSeconds(10));
    }

    @Test
    void givenNothingHoldsTheDatabase_whenItsLastConnectionCloses_thenH2ClosesIt() throws SQLException {
        // The premise of the class: without a holder H2 closes the file, and the next open starts afresh.
        MockEnvironment environment = environment();
        flyway(environment).migrate();
        markOpen(environment);

        assertThat(stillTheSameOpenDatabase(environment)).isFalse();
    }

    private MockEnvironment environment() {
        MockEnvironment environment = new MockEnvironment().withProperty("tandem.data-dir", temp.toString());
        new H2DataDirectory().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    private static Flyway flyway(MockEnvironment environment) {
        return Flyway.configure().dataSource(environment.getProperty("spring.flyway.url"), "sa", "")
                .locations("classpath:db/migration").load();
    }

    private static void markOpen(MockEnvironment environment) throws SQLException {
        try (Connection connection = DriverManager.getConnection(environment.getProperty("spring.flyway.url"), "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE GLOBAL TEMPORARY TABLE opened_once (n INT)");
            sql.execute("INSERT INTO opened_once VALUES (1)");
        }
    }

    private static boolean stillTheSameOpenDatabase(MockEnvironment environment) throws SQLException {
        try (Connection connection = DriverManager.getConnection(environment.getProperty("spring.flyway.url"), "sa", "");
             Statement sql = connection.createStatement();
             ResultSet tables = sql.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'OPENED_ONCE'")) {
            tables.next();
            return tables.getInt(1) == 1;
        }
    }

    private static ObjectProvider<ConnectionFactory> pool(ConnectionFactory factory) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (factory != null) {
            beans.addBean("connectionFactory", factory);
        }
        return beans.getBeanProvider(ConnectionFactory.class);
    }
}
