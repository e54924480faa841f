package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.GenericReactiveTransaction;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The writer alone, on H2, with units that each insert one row of a table of their own. */
class GroupCommitTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final H2TestDatabase database = new H2TestDatabase();
    private final AtomicBoolean diskFull = new AtomicBoolean();
    private final GroupCommit writes = new GroupCommit(database.client, TransactionalOperator.create(
            new R2dbcTransactionManager(database.client.getConnectionFactory()) {
                @Override
                protected Mono<Void> doCommit(TransactionSynchronizationManager synchronizations,
                                              GenericReactiveTransaction status) {
                    return diskFull.get() ? Mono.error(new IllegalStateException("disk full")) : super.doCommit(synchronizations, status);
                }
            }), "group-commit-test");

    GroupCommitTest() {
        database.client.sql("CREATE TABLE unit_row (id VARCHAR(20) PRIMARY KEY)").then().block(PATIENCE);
    }

    @AfterEach
    void stopWriter() {
        writes.close();
    }

    @Test
    void givenTheWriterBusy_whenUnitsArrive_thenOneCommitServesThemAndEachIsReadableWhenAcknowledged() {
        Sinks.Empty<Void> busy = Sinks.empty();
        CompletableFuture<Void> held = holdBusy(busy);
        long before = writes.transactions();

        List<CompletableFuture<Boolean>> readBack = IntStream.range(0, 20).mapToObj(i -> writes
                .submit("k-" + i, false, () -> insert("r-" + i), () -> { })
                .then(Mono.defer(() -> exists("r-" + i))).toFuture()).toList();
        busy.tryEmitEmpty();
        held.join();

        assertThat(readBack).allSatisfy(read -> assertThat(read).succeedsWithin(PATIENCE).isEqualTo(true));
        assertThat(writes.transactions() - before).isEqualTo(1);
    }

    @Test
    void givenAUnitThatFails_whenBatchedWithOthers_thenOnlyItFailsAndNothingOfItIsSaved() {
        insert("taken").as(TransactionalOperator.create(new R2dbcTransactionManager(database.client.getConnectionFactory()))
                ::transactional).block(PATIENCE);
        Sinks.Empty<Void> busy = Sinks.empty();
        CompletableFuture<Void> held = holdBusy(busy);

        CompletableFuture<Void> first = writes.submit("a", false, () -> insert("a"), () -> { }).toFuture();
        CompletableFuture<Void> failing = writes.submit("b", false, () -> insert("b-half").then(insert("taken")), () -> { })
                .toFuture();
        CompletableFuture<Void> last = writes.submit("c", false, () -> insert("c"), () -> { }).toFuture();
        busy.tryEmitEmpty();
        held.join();

        assertThat(first).succeedsWithin(PATIENCE);
        assertThat(last).succeedsWithin(PATIENCE);
        assertThat(failing).failsWithin(PATIENCE);
        assertThat(rows()).containsExactlyInAnyOrder("taken", "a", "c");
    }

    @Test
    void givenACommitThatFails_whenUnitsWereBatchedIntoIt_thenEveryOneFailsAndNoneIsSaved() {
        Sinks.Empty<Void> busy = Sinks.empty();
        CompletableFuture<Void> held = holdBusy(busy);

        List<CompletableFuture<Void>> units = IntStream.range(0, 5).mapToObj(i -> writes
                .submit("k-" + i, false, () -> insert("r-" + i), () -> { }).toFuture()).toList();
        diskFull.set(true);
        busy.tryEmitEmpty();

        assertThat(units).allSatisfy(unit -> assertThat(unit).failsWithin(PATIENCE).withThrowableThat()
                .withStackTraceContaining("disk full"));
        assertThat(held).failsWithin(PATIENCE);
        assertThat(rows()).isEmpty();
    }

    @Test
    void givenAUnitInFlight_whenAnotherWithTheSameKeyArrives_thenItFailsAsSupersededOnlyOnceTheFirstIsThrough() {
        Sinks.Empty<Void> busy = Sinks.empty();
        CompletableFuture<Void> held = holdBusy(busy);

        CompletableFuture<Void> first = writes.submit("same", false, () -> insert("first"), () -> { }).toFuture();
        CompletableFuture<Void> second = writes.submit("same", false, () -> insert("second"), () -> { }).toFuture();
        assertThat(second).isNotDone();
        busy.tryEmitEmpty();
        held.join();

        assertThat(first).succeedsWithin(PATIENCE);
        assertThat(second).failsWithin(PATIENCE).withThrowableThat().havingRootCause()
                .isInstanceOf(GroupCommit.Superseded.class);
        assertThat(rows()).containsExactly("first");
        // Once through, the key is free again.
        writes.submit("same", false, () -> insert("third"), () -> { }).block(PATIENCE);
        assertThat(rows()).containsExactlyInAnyOrder("first", "third");
    }

    @Test
    void givenAUnitAlone_whenOthersWaitBesideIt_thenItHasATransactionOfItsOwn() {
        Sinks.Empty<Void> busy = Sinks.empty();
        CompletableFuture<Void> held = holdBusy(busy);
        long before = writes.transactions();

        CompletableFuture<Void> shared1 = writes.submit("a", false, () -> insert("a"), () -> { }).toFuture();
        CompletableFuture<Void> alone = writes.submit("b", true, () -> insert("b"), () -> { }).toFuture();
        CompletableFuture<Void> shared2 = writes.submit("c", false, () -> insert("c"), () -> { }).toFuture();
        busy.tryEmitEmpty();
        held.join();

        assertThat(List.of(shared1, alone, shared2)).allSatisfy(unit -> assertThat(unit).succeedsWithin(PATIENCE));
        // a; then b alone; then c.
        assertThat(writes.transactions() - before).isEqualTo(3);
    }

    private CompletableFuture<Void> holdBusy(Sinks.Empty<Void> busy) {
        return holdBusy(writes, busy);
    }

    /** Keeps the writer inside a transaction until {@code busy} completes; returns once it is. */
    static CompletableFuture<Void> holdBusy(GroupCommit writes, Sinks.Empty<Void> busy) {
        CountDownLatch writing = new CountDownLatch(1);
        CompletableFuture<Void> held = writes.submit("", false, () -> {
            writing.countDown();
            return busy.asMono();
        }, () -> { }).toFuture();
        try {
            assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
        return held;
    }

    private Mono<Void> insert(String id) {
        return database.client.sql("INSERT INTO unit_row (id) VALUES (:id)").bind("id", id).then();
    }

    private Mono<Boolean> exists(String id) {
        return database.client.sql("SELECT COUNT(*) AS n FROM unit_row WHERE id = :id").bind("id", id)
                .map(row -> ((Number) row.get("n")).longValue() == 1).one();
    }

    private List<String> rows() {
        DatabaseClient client = database.client;
        return client.sql("SELECT id FROM unit_row").map(row -> row.get("id", String.class)).all().collectList()
                .block(PATIENCE);
    }
}
