package dev.tandem.adapters.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Runs work one at a time per key, in arrival order, without holding a thread while waiting: each piece starts
 * when the previous one for its key has finished (however it finished). Used for assignments to one agent, so
 * a burst of claims by one agent waits its turn on this node instead of failing and retrying.
 */
final class KeyedLanes {

    private final Map<String, Mono<Void>> tails = new ConcurrentHashMap<>();

    <T> Mono<T> run(String key, Mono<T> work) {
        return Mono.defer(() -> {
            Sinks.Empty<Void> done = Sinks.empty();
            Mono<Void> mine = done.asMono();
            AtomicReference<Mono<Void>> previous = new AtomicReference<>();
            tails.compute(key, (name, tail) -> {
                previous.set(tail == null ? Mono.empty() : tail);
                return mine;
            });
            return previous.get().then(work).doFinally(signal -> {
                tails.remove(key, mine);
                done.tryEmitEmpty();
            });
        });
    }
}
