package dev.tandem.adapters.persistence;

import io.r2dbc.spi.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Writes units of work (a turn, a new conversation) so that the units waiting at one moment share one commit
 * (H2's page rewrite, PostgreSQL's fsync). What it guarantees:
 * <ul>
 *   <li>A unit's {@code Mono} completes only after the commit that made its work durable.</li>
 *   <li>A unit that fails is rolled back to its savepoint and fails alone; a failed commit fails every unit of
 *       its batch. Nothing of a failed unit is in the database.</li>
 *   <li>One unit per key (a conversation) at a time: a second one waits for the first's outcome and then fails
 *       with {@link Superseded}, since it was computed on what the first replaces.</li>
 *   <li>A batch runs its units in key order, and a unit {@code alone} (one that locks another row as well) gets a
 *       transaction of its own, so batches of two nodes on one PostgreSQL take row locks in the same order.</li>
 * </ul>
 * One writer thread per instance, never a server event loop (r2dbc-h2 runs statements on the subscribing thread);
 * outcomes are signalled on the parallel scheduler, so a caller's next step does not hold up the next batch.
 */
final class GroupCommit implements AutoCloseable {

    /**
     * Units per transaction. 64 keeps a batch within PostgreSQL's per-session cache of subtransaction ids (one
     * per savepoint that writes), past which every snapshot in the database gets slower.
     */
    static final int MAX_BATCH = 64;
    private static final String SAVEPOINT = "unit";

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final Queue<Unit> waiting = new ConcurrentLinkedQueue<>();
    /** The keys with a unit on its way to the writer, and what completes when it is through. */
    private final Map<String, Sinks.Empty<Void>> inFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final Scheduler writer;
    private final AtomicLong transactions = new AtomicLong();
    /** A unit to be written alone that was taken while a batch was being gathered; the writer's thread only. */
    private Unit carried;

    GroupCommit(DatabaseClient db, TransactionalOperator transaction, String name) {
        this.db = db;
        this.transaction = transaction;
        this.writer = Schedulers.newSingle(name, true);
    }

    /** Another unit with the same key was in flight; this one must be computed again on what that one wrote. */
    static final class Superseded extends RuntimeException {

        Superseded(String key) {
            super("a unit for " + key + " was written first");
        }
    }

    /**
     * Queues the work for the next batch. {@code beforeOutcome} runs just before the outcome is signalled,
     * whatever it is (also when the caller cancelled before the work was started and it is dropped).
     */
    Mono<Void> submit(String key, boolean alone, Supplier<Mono<Void>> work, Runnable beforeOutcome) {
        return Mono.defer(() -> {
            Sinks.Empty<Void> mine = Sinks.empty();
            Sinks.Empty<Void> earlier = inFlight.putIfAbsent(key, mine);
            if (earlier != null) {
                // Waiting, not failing at once: a caller retrying at once would find the same unit still in flight.
                return earlier.asMono().publishOn(Schedulers.parallel()).then(Mono.error(new Superseded(key)));
            }
            // The key is let go before the outcome is signalled: whoever the outcome wakes may submit the next unit.
            Unit unit = new Unit(key, alone, work, () -> {
                beforeOutcome.run();
                inFlight.remove(key, mine);
                mine.tryEmitEmpty();
            });
            waiting.add(unit);
            startDraining();
            return unit.outcome.asMono()
                    .publishOn(Schedulers.parallel())
                    .doOnCancel(unit::cancel);
        });
    }

    /** Transactions committed or attempted so far; for tests that check that units share them. */
    long transactions() {
        return transactions.get();
    }

    @Override
    public void close() {
        writer.dispose();
    }

    private void startDraining() {
        if (draining.compareAndSet(false, true)) {
            writer.schedule(this::drain);
        }
    }

    private void drain() {
        List<Unit> batch = new ArrayList<>();
        if (carried != null) {
            batch.add(carried);
            carried = null;
        }
        Unit next;
        while (batch.size() < MAX_BATCH && !(batch.size() == 1 && batch.get(0).alone) && (next = waiting.poll()) != null) {
            if (!next.take()) {
                continue;
            }
            if (next.alone && !batch.isEmpty()) {
                carried = next;
                break;
            }
            batch.add(next);
        }
        batch.sort(Comparator.comparing(unit -> unit.key));
        if (batch.isEmpty()) {
            draining.set(false);
            // A unit queued after the poll above and before the flag was cleared found it still set.
            if (!waiting.isEmpty() || carried != null) {
                startDraining();
            }
            return;
        }
        transactions.incrementAndGet();
        // A unit alone needs no savepoint: its transaction is all of it (two statements fewer, on PostgreSQL two
        // round trips fewer, for every write at low load and every assignment).
        Mono<Void> statements = batch.size() == 1 ? Mono.defer(batch.get(0).work)
                : Flux.fromIterable(batch).concatMap(this::inSavepoint).then();
        statements
                // Connections are acquired from the pool possibly on another thread; the statements run here.
                .subscribeOn(writer)
                .as(transaction::transactional)
                .subscribe(null,
                        failure -> finish(batch, failure),
                        () -> finish(batch, null));
    }

    private Mono<Void> inSavepoint(Unit unit) {
        Mono<Void> work = Mono.defer(unit.work);
        return connection(connection -> connection.createSavepoint(SAVEPOINT))
                .then(work
                        .then(connection(connection -> connection.releaseSavepoint(SAVEPOINT)))
                        .onErrorResume(failure -> connection(connection -> connection.rollbackTransactionToSavepoint(SAVEPOINT))
                                .doOnSuccess(rolledBack -> unit.failure = failure)));
    }

    private Mono<Void> connection(Function<Connection, Publisher<Void>> action) {
        return db.inConnection(connection -> Mono.from(action.apply(connection))).then();
    }

    /** Signals every unit's outcome; then the next batch. */
    private void finish(List<Unit> batch, Throwable transactionFailure) {
        for (Unit unit : batch) {
            Throwable failure = unit.failure != null ? unit.failure : transactionFailure;
            unit.signal(failure);
        }
        writer.schedule(this::drain);
    }

    private static final class Unit {

        private static final int QUEUED = 0;
        private static final int TAKEN = 1;
        private static final int DROPPED = 2;

        private final String key;
        private final boolean alone;
        private final Supplier<Mono<Void>> work;
        private final Runnable beforeOutcome;
        private final Sinks.Empty<Void> outcome = Sinks.empty();
        private final AtomicInteger state = new AtomicInteger(QUEUED);
        /** Set by the writer's thread only, read after the batch's transaction ended. */
        private volatile Throwable failure;

        Unit(String key, boolean alone, Supplier<Mono<Void>> work, Runnable beforeOutcome) {
            this.key = key;
            this.alone = alone;
            this.work = work;
            this.beforeOutcome = beforeOutcome;
        }

        boolean take() {
            return state.compareAndSet(QUEUED, TAKEN);
        }

        /** A unit the caller gave up on before the writer took it is never written. */
        void cancel() {
            if (state.compareAndSet(QUEUED, DROPPED)) {
                beforeOutcome.run();
            }
        }

        void signal(Throwable failure) {
            beforeOutcome.run();
            if (failure == null) {
                outcome.tryEmitEmpty();
            } else {
                outcome.tryEmitError(failure);
            }
        }
    }
}
