package dev.tandem.adapters.persistence;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * One read whose result every caller shares until the data may have changed: callers that ask while it runs
 * join it, later callers get its result, and {@link #changed()} makes the next caller read again. A result
 * is also dropped after {@code maxAge}, for changes nobody announced (a row deleted by hand, an announcement
 * from another node that was lost). A failed read is not kept.
 *
 * <p>A caller that joins a read started before a change may get the state before that change; it asked while
 * the change was being made, so either state is a fair answer. A caller that asks after {@code changed()}
 * returned never does.
 */
final class SharedRead<T> {

    private final Mono<T> source;
    private final Duration maxAge;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Kept<T>> kept = new AtomicReference<>();

    SharedRead(Mono<T> source, Duration maxAge) {
        this.source = source;
        this.maxAge = maxAge;
    }

    Mono<T> get() {
        return Mono.defer(() -> {
            long now = generation.get();
            Kept<T> current = kept.get();
            if (current != null && current.generation() == now) {
                return current.result();
            }
            Kept<T> fresh = new Kept<>(now, source.cache(value -> maxAge, failure -> Duration.ZERO, () -> Duration.ZERO));
            // Whoever loses the race uses the winner's read, unless that one is already out of date too.
            return kept.compareAndSet(current, fresh) ? fresh.result() : get();
        });
    }

    /** The data may have changed: the next caller reads again. */
    void changed() {
        generation.incrementAndGet();
    }

    private record Kept<T>(long generation, Mono<T> result) {
    }
}
