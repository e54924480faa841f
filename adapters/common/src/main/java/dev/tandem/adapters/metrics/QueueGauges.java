package dev.tandem.adapters.metrics;

import dev.tandem.adapters.events.LiveEvents;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.queue.WatchQueue;
import dev.tandem.bot.queue.QueueEntry;
import dev.tandem.bot.queue.QueueSnapshot;
import dev.tandem.intents.Language;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The agent queue per language as gauges: how many wait, and how long the longest has waited. A scrape must not
 * wait for the database, so the queue is read here whenever it changes (any node's queue change) and every
 * {@code refreshEvery} besides; the oldest wait is computed at scrape time from when that conversation joined.
 * Every node reads the same shared queue: aggregate these over nodes with max, not sum.
 */
public class QueueGauges implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(QueueGauges.class);

    private final WatchQueue queue;
    private final LiveEvents events;
    private final Clock clock;
    private final Duration refreshEvery;
    private final Map<Language, AtomicInteger> waiting = new EnumMap<>(Language.class);
    private final Map<Language, AtomicReference<Instant>> oldest = new EnumMap<>(Language.class);
    private volatile Disposable refreshing;
    private volatile Disposable tap;

    public QueueGauges(WatchQueue queue, LiveEvents events, MeterRegistry registry, Clock clock, Duration refreshEvery) {
        this.queue = queue;
        this.events = events;
        this.clock = clock;
        this.refreshEvery = refreshEvery;
        for (Language language : Language.values()) {
            AtomicInteger length = new AtomicInteger();
            AtomicReference<Instant> since = new AtomicReference<>();
            waiting.put(language, length);
            oldest.put(language, since);
            Gauge.builder(MetricNames.QUEUE_LENGTH, length, AtomicInteger::get)
                    .description("Conversations waiting for an agent")
                    .tag("language", language.code())
                    .register(registry);
            Gauge.builder(MetricNames.QUEUE_OLDEST_WAIT, since, this::secondsSince)
                    .description("How long the longest-waiting conversation has waited")
                    .tag("language", language.code())
                    .baseUnit("seconds")
                    .register(registry);
        }
    }

    private double secondsSince(AtomicReference<Instant> since) {
        Instant joined = since.get();
        return joined == null ? 0 : Math.max(0, Duration.between(joined, clock.instant()).toMillis() / 1000.0);
    }

    void show(QueueSnapshot snapshot) {
        for (Language language : Language.values()) {
            var inLine = snapshot.waiting().stream().filter(entry -> entry.language() == language).toList();
            waiting.get(language).set(inLine.size());
            oldest.get(language).set(inLine.stream().map(QueueEntry::queuedAt).min(Instant::compareTo).orElse(null));
        }
    }

    @Override
    public synchronized void start() {
        if (refreshing != null) {
            return;
        }
        // New on every start: a unicast sink takes one subscriber, and a context may be stopped and started again.
        Sinks.Many<Boolean> changes = Sinks.many().unicast().onBackpressureBuffer();
        tap = events.tapAll(event -> {
            if (event.type() == ConversationEvent.Type.QUEUE_CHANGED) {
                // Only hands the nudge on (the tap runs while the event bus is held); a lost nudge waits for the tick.
                changes.tryEmitNext(Boolean.TRUE);
            }
        });
        refreshing = Flux.merge(Flux.interval(Duration.ZERO, refreshEvery).map(tick -> Boolean.TRUE), changes.asFlux())
                .onBackpressureLatest()
                .concatMap(nudge -> queue.snapshot()
                        .doOnNext(this::show)
                        .onErrorResume(failure -> {
                            LOG.warn("Could not read the agent queue for its gauges: {}", failure.toString());
                            return Mono.empty();
                        }), 1)
                .subscribe();
    }

    @Override
    public synchronized void stop() {
        Optional.ofNullable(tap).ifPresent(Disposable::dispose);
        Optional.ofNullable(refreshing).ifPresent(Disposable::dispose);
        tap = null;
        refreshing = null;
    }

    @Override
    public boolean isRunning() {
        return refreshing != null;
    }
}
