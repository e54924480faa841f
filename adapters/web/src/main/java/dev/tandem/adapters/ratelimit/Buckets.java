package dev.tandem.adapters.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (a client address, a conversation, a user name), each refilled at {@code capacity} a
 * period (a minute unless said otherwise) with bursts up to the same size. The buckets live in a size-capped
 * cache: one left alone for a whole period has refilled and is dropped (nothing is lost), and past
 * {@link #MAX_KEYS} the least used go first, so a flood of one-off keys costs bounded memory and no sweep on
 * the request path. Kept in memory on this node: behind a load balancer each node limits on its own.
 */
final class Buckets {

    /** At most this many keys per limit: a few tens of megabytes at most. */
    static final int MAX_KEYS = 100_000;

    private final int capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    Buckets(int perMinute, LongSupplier nanoTime) {
        this(perMinute, Duration.ofMinutes(1), nanoTime);
    }

    /** {@code capacity} tokens, all of them earned back over {@code period}. */
    Buckets(int capacity, Duration period, LongSupplier nanoTime) {
        this(capacity, period, MAX_KEYS, nanoTime);
    }

    Buckets(int capacity, Duration period, int maxKeys, LongSupplier nanoTime) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a rate limit needs at least 1 in " + period + ", got " + capacity);
        }
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(period)
                .ticker(nanoTime::getAsLong)
                // Evict on the caller's thread: no pool work queued behind a flood.
                .executor(Runnable::run)
                .build();
    }

    /** How long until {@code key} has a token again; zero when it has one now. Takes nothing. */
    long nanosUntilAvailable(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return 0;
        }
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? 0 : Math.max(1, estimate.getNanosToWaitForRefill());
    }

    /** Takes one token for {@code key}; when none is left, how long until one is. */
    ConsumptionProbe take(String key) {
        return buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
    }

    /** How many keys are remembered now, after any pending evictions. */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build();
    }
}
