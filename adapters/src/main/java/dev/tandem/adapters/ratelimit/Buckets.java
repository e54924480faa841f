package dev.tandem.adapters.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (a client address, a conversation), each refilled at {@code perMinute} a minute with
 * bursts up to the same size. Buckets not used for a while are dropped, so many one-off clients cannot make
 * the map grow without bound. Kept in memory on this node: behind a load balancer each node limits on its own.
 */
final class Buckets {

    private static final Duration IDLE = Duration.ofMinutes(10);
    private static final int SWEEP_ABOVE = 10_000;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    private record Entry(Bucket bucket, long lastUsed) {
    }

    Buckets(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit needs at least 1 a minute, got " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
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
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
