package dev.tandem.adapters.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BucketsTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void givenThirtyThousandOneOffKeys_whenEachTakesAToken_thenNoMoreThanTheCapIsRemembered() {
        Buckets buckets = new Buckets(30, Duration.ofMinutes(1), 1_000, nanos::get);

        for (int i = 0; i < 30_000; i++) {
            buckets.take(UUID.randomUUID() + "x".repeat(100));
        }

        assertThat(buckets.size()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void givenABucketLeftAloneForItsWholePeriod_whenTheNextKeyArrives_thenTheRefilledBucketIsForgotten() {
        Buckets buckets = new Buckets(2, Duration.ofMinutes(1), nanos::get);
        buckets.take("203.0.113.5");
        buckets.take("203.0.113.5");
        assertThat(buckets.take("203.0.113.5").isConsumed()).isFalse();

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());

        assertThat(buckets.size()).isZero();
    }

    @Test
    void givenAKeyWithinItsPeriod_whenAskedAgain_thenItsEmptiedBucketIsStillThere() {
        Buckets buckets = new Buckets(1, Duration.ofMinutes(15), nanos::get);
        buckets.take("anna");

        nanos.addAndGet(Duration.ofMinutes(11).toNanos());

        assertThat(buckets.nanosUntilAvailable("anna")).isPositive();
        assertThat(buckets.size()).isOne();
    }
}
