package dev.tandem.adapters.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (a client address, a conversation, a user name), each refilled at {@code capacity} a
 * period (a minute unless said otherwise) with bursts up to the same size. Buckets not used for a while are dropped, so many one-off clients cannot make
 * the map grow without bound. Kept in memory on this node: behind a load balancer each node limits on its own.
 */
final class Buckets {

    private static final Duration IDLE = Duration.ofMinutes(10);
    private static final int SWEEP_ABOVE = 10_000;

    private final int capacity;
    private final Duration period;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    private record Entry(Bucket bucket, long lastUsed) {
    }

    Buckets(int perMinute, LongSupplier nanoTime) {
        this(perMinute, Duration.ofMinutes(1), nanoTime);
    }

    /** {@code capacity} tokens, all of them earned back over {@code period}. */
    Buckets(int capacity, Duration period, LongSupplier nanoTime) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a rate limit needs at least 1 in " + period + ", got " + capacity);
        }
        this.capacity = capacity;
        this.period = period;
        this.nanoTime = nanoTime;
    }

    /** How long until {@code key} has a token again; zero when it has one now. Takes nothing. */
    long nanosUntilAvailable(String key) {
        Entry entry = buckets.get(key);
        if (entry == null) {
            return 0;
        }
        var estimate = entry.bucket().estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? 0 : Math.max(1, estimate.getNanosToWaitForRefill());
    }

    /** Takes one token for {@code key}; when none is left, how long until one is. */
    ConsumptionProbe take(String key) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(entry -> now - entry.lastUsed() > IDLE.toNanos());
        }
        Entry entry = buckets.compute(key, (k, old) -> new Entry(old == null ? newBucket() : old.bucket(), now));
        return entry.bucket().tryConsumeAndReturnRemaining(1);
    }

    int size() {
        return buckets.size();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build();
    }
}
