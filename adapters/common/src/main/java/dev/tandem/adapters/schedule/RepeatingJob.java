package dev.tandem.adapters.schedule;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A job the server repeats in the background until it stops (the queue sweep, the retention sweep, scheduled
 * backups): rounds never overlap, a round still running when the next is due makes that one skip, and a round
 * that fails is reported and the next one runs as planned.
 */
public abstract class RepeatingJob implements DisposableBean {

    private volatile Disposable rounds;

    /**
     * @param first  when the first round runs
     * @param every  the time between rounds
     * @param round  one round; it may block (rounds run on a thread for blocking work)
     * @param failed told of a round that failed
     */
    protected final void repeat(Duration first, Duration every, Supplier<Mono<?>> round, Consumer<Throwable> failed) {
        rounds = Flux.interval(first, every, Schedulers.boundedElastic())
                .onBackpressureDrop()
                .concatMap(tick -> Mono.defer(round).onErrorResume(failure -> {
                    failed.accept(failure);
                    return Mono.empty();
                }), 0)
                .subscribe();
    }

    @Override
    public void destroy() {
        Disposable running = rounds;
        if (running != null) {
            running.dispose();
        }
    }
}
