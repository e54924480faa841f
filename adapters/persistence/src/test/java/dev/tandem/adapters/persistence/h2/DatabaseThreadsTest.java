package dev.tandem.adapters.persistence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * H2 work never runs on the thread that happens to release a connection: the pool would otherwise make that
 * thread (an event loop of the web server) serve every waiting borrower's statements in turn.
 */
class DatabaseThreadsTest {

    private final ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(
                    ConnectionFactories.get("r2dbc:h2:mem:///database-threads-" + System.nanoTime()))
            .initialSize(1).maxSize(1).build());
    private final DatabaseThreads.OwnThreads database = (DatabaseThreads.OwnThreads) DatabaseThreads.h2OffTheEventLoop()
            .postProcessAfterInitialization(pool, "connectionFactory");

    @AfterEach
    void close() {
        database.dispose();
    }

    @Test
    void givenABorrowerWaitingForTheOnlyConnection_whenAnotherThreadReleasesIt_thenTheWaitingWorkRunsOnADatabaseThread() {
        Connection first = Mono.from(database.create()).block(Duration.ofSeconds(10));
        AtomicReference<String> ranOn = new AtomicReference<>();
        Sinks.One<Void> done = Sinks.one();
        Mono.from(database.create())
                .doOnNext(second -> ranOn.set(Thread.currentThread().getName()))
                .flatMap(second -> Mono.from(second.close()))
                .doFinally(signal -> done.tryEmitEmpty())
                .subscribe();
        assertThat(ranOn.get()).as("still waiting for the connection").isNull();

        String releasing = Thread.currentThread().getName();
        Mono.from(first.close()).block(Duration.ofSeconds(10));
        done.asMono().block(Duration.ofSeconds(10));

        assertThat(ranOn.get()).startsWith("tandem-db").isNotEqualTo(releasing);
    }

    @Test
    void givenAFactoryThatIsNotH2_whenWired_thenItIsLeftAsItIs() {
        ConnectionFactory other = ConnectionFactories.get("r2dbc:h2:mem:///other-" + System.nanoTime());
        ConnectionFactory notH2 = new ConnectionFactory() {
            @Override
            public org.reactivestreams.Publisher<? extends Connection> create() {
                return other.create();
            }

            @Override
            public io.r2dbc.spi.ConnectionFactoryMetadata getMetadata() {
                return () -> "PostgreSQL";
            }
        };

        assertThat(DatabaseThreads.h2OffTheEventLoop().postProcessAfterInitialization(notH2, "connectionFactory"))
                .isSameAs(notH2);
    }
}
