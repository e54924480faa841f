package dev.tandem.adapters.channels.telegram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Work queued per key (a chat, a conversation) and done one item at a time in the order it was queued, the way
 * {@code concatMap} does for one stream, while different keys proceed in parallel. A lane exists only while it
 * has work, so idle chats cost nothing. Work never starts on the caller's thread (the event bus, a request
 * thread): it runs on the bounded-elastic scheduler, where a blocking H2 call does no harm. A failing item is
 * reported to its submitter and the lane moves on; an item that hangs is cut off after {@code patience}.
 */
final class SerialLanes<K> {

    private static final CompletableFuture<Void> IDLE = CompletableFuture.completedFuture(null);

    private final ConcurrentHashMap<K, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final Executor executor = task -> Schedulers.boundedElastic().schedule(task);
    private final Duration patience;

    SerialLanes(Duration patience) {
        this.patience = patience;
    }

    /** Queues the work behind everything already queued for the key; the answer is the work's outcome. */
    <T> Mono<T> submit(K key, Supplier<Mono<T>> work) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        CompletableFuture<Void> mine = tails.compute(key, (k, tail) -> (tail == null ? IDLE : tail)
                .thenComposeAsync(previousDone -> run(work, outcome), executor));
        mine.whenComplete((done, never) -> tails.remove(key, mine));
        return Mono.fromFuture(outcome, true);
    }

    /** How many keys have work queued or running (0 once everything is done). */
    int busyLanes() {
        return tails.size();
    }

    private <T> CompletableFuture<Void> run(Supplier<Mono<T>> work, CompletableFuture<T> outcome) {
        CompletableFuture<Void> finished = new CompletableFuture<>();
        try {
            work.get().timeout(patience).subscribe(
                    outcome::complete,
                    failure -> {
                        outcome.completeExceptionally(failure);
                        finished.complete(null);
                    },
                    () -> {
                        outcome.complete(null);
                        finished.complete(null);
                    });
        } catch (RuntimeException failure) {
            outcome.completeExceptionally(failure);
            finished.complete(null);
        }
        return finished;
    }
}
