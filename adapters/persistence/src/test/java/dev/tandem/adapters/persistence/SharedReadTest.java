package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class SharedReadTest {

    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void givenAReadUnderWay_whenMoreCallersAsk_thenTheyAllGetItsResultFromOneRead() {
        Sinks.One<String> row = Sinks.one();
        SharedRead<String> shared = new SharedRead<>(Mono.defer(() -> {
            reads.incrementAndGet();
            return row.asMono();
        }), Duration.ofHours(1));

        List<Mono<String>> callers = List.of(shared.get().cache(), shared.get().cache(), shared.get().cache());
        callers.forEach(Mono::subscribe);
        row.tryEmitValue("queue v1");

        assertThat(callers).allSatisfy(caller -> assertThat(caller.block()).isEqualTo("queue v1"));
        assertThat(shared.get().block()).isEqualTo("queue v1");
        assertThat(reads).hasValue(1);
    }

    @Test
    void givenAKeptResult_whenTheDataChanged_thenTheNextCallerReadsAgain() {
        SharedRead<String> shared = new SharedRead<>(Mono.fromSupplier(() -> "queue v" + reads.incrementAndGet()),
                Duration.ofHours(1));
        assertThat(shared.get().block()).isEqualTo("queue v1");

        shared.changed();

        assertThat(shared.get().block()).isEqualTo("queue v2");
        assertThat(shared.get().block()).isEqualTo("queue v2");
    }

    @Test
    void givenAFailedRead_whenTheNextCallerAsks_thenItReadsAgainRatherThanGetTheFailure() {
        SharedRead<String> shared = new SharedRead<>(Mono.defer(() -> reads.incrementAndGet() == 1
                ? Mono.error(new IllegalStateException("connection lost"))
                : Mono.just("queue")), Duration.ofHours(1));

        StepVerifier.create(shared.get()).verifyErrorMessage("connection lost");

        assertThat(shared.get().block()).isEqualTo("queue");
    }

    @Test
    void givenNoChangeAnnounced_whenTheResultIsOlderThanItsMaximumAge_thenTheNextCallerReadsAgain() {
        SharedRead<String> shared = new SharedRead<>(Mono.fromSupplier(() -> "queue v" + reads.incrementAndGet()),
                Duration.ZERO);

        assertThat(shared.get().block()).isEqualTo("queue v1");
        assertThat(shared.get().block()).isEqualTo("queue v2");
    }
}
