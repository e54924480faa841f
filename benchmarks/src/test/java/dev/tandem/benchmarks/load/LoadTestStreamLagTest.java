package dev.tandem.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the load tool times the live path: from the HTTP answer to the stream's delivery of what it acknowledged. */
class LoadTestStreamLagTest {

    @Test
    void givenTheStreamDeliveredFirst_whenTheAnswerArrives_thenTheLagIsZero() {
        LoadTestStreamLag lag = new LoadTestStreamLag(1);
        lag.delivered(3, 1_000);

        assertThat(lag.acknowledged(3, 2_000)).isZero();
    }

    @Test
    void givenAnAnswerBeforeTheStream_whenTheStreamDeliversIt_thenTheLagIsTheTimeBetween() {
        LoadTestStreamLag lag = new LoadTestStreamLag(1);

        assertThat(lag.acknowledged(3, 1_000)).isEqualTo(-1);
        assertThat(lag.delivered(2, 1_500)).as("the shopper's own message is not yet the reply").isEmpty();
        assertThat(lag.delivered(3, 4_000)).containsExactly(3_000L);
        assertThat(lag.delivered(3, 9_000)).as("a frame sent twice is not timed twice").isEmpty();
    }

    @Test
    void givenSeveralAnswersWaiting_whenTheStreamCatchesUpAtOnce_thenEachIsTimedFromItsOwnAnswer() {
        LoadTestStreamLag lag = new LoadTestStreamLag(0);
        lag.acknowledged(2, 1_000);
        lag.acknowledged(4, 2_000);
        lag.acknowledged(6, 3_000);

        assertThat(lag.delivered(5, 10_000)).containsExactly(9_000L, 8_000L);
        assertThat(lag.highestDelivered()).isEqualTo(5);
        assertThat(lag.delivered(6, 10_000)).containsExactly(7_000L);
    }
}
