package dev.tandem.bot.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandleTimesTest {

    /** Defaults handle 5 min and pick-up 30 s; averages over the last 3 chats. */
    private static final QueueSettings SETTINGS = new QueueSettings(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofSeconds(30), Duration.ofMinutes(2), 3);

    private final HandleTimes times = new HandleTimes(SETTINGS);

    @Test
    void givenNothingMeasured_whenAsked_thenTheConfiguredDefaultsAreUsed() {
        assertThat(times.averageHandle()).isEqualTo(Duration.ofMinutes(5));
        assertThat(times.averagePickup()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void givenOneHandledChat_whenAsked_thenItReplacesTheDefault() {
        times.handled(Duration.ofMinutes(2));

        assertThat(times.averageHandle()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void givenSeveralHandledChats_whenAsked_thenTheirAverage() {
        times.handled(Duration.ofMinutes(2));
        times.handled(Duration.ofMinutes(4));

        assertThat(times.averageHandle()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void givenMoreChatsThanTheWindow_whenAsked_thenOnlyTheMostRecentCount() {
        times.handled(Duration.ofMinutes(60));
        times.handled(Duration.ofMinutes(1));
        times.handled(Duration.ofMinutes(2));
        times.handled(Duration.ofMinutes(3));

        assertThat(times.averageHandle()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void givenAHalfSecondAverage_whenAsked_thenItIsRoundedToWholeSeconds() {
        times.pickedUp(Duration.ofSeconds(1));
        times.pickedUp(Duration.ofSeconds(2));

        assertThat(times.averagePickup()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void givenHandleAndPickUpTimes_whenMeasured_thenTheyAreAveragedSeparately() {
        times.pickedUp(Duration.ofSeconds(10));

        assertThat(times.averagePickup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(times.averageHandle()).as("still the default").isEqualTo(Duration.ofMinutes(5));

        times.handled(Duration.ofMinutes(7));

        assertThat(times.averagePickup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(times.averageHandle()).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void givenANegativeTime_whenMeasured_thenItCountsAsZero() {
        times.pickedUp(Duration.ofSeconds(-40));
        times.pickedUp(Duration.ofSeconds(40));

        assertThat(times.averagePickup()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void givenStoredTimes_whenSeeded_thenTheyAreAveragedLikeMeasuredOnes() {
        times.seed(List.of(Duration.ofMinutes(4), Duration.ofMinutes(6)), List.of(Duration.ofSeconds(20)));

        assertThat(times.averageHandle()).isEqualTo(Duration.ofMinutes(5));
        assertThat(times.averagePickup()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void givenMoreSeededTimesThanTheWindow_whenSeeded_thenTheLastOnesCount() {
        times.seed(List.of(Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(3)), List.of());

        assertThat(times.averageHandle()).isEqualTo(Duration.ofMinutes(2));
        assertThat(times.averagePickup()).as("nothing seeded").isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void givenSeededTimes_whenNewChatsAreMeasured_thenTheyPushTheSeededOnesOutOfTheWindow() {
        times.seed(List.of(Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(10)), List.of());

        times.handled(Duration.ofMinutes(1));
        times.handled(Duration.ofMinutes(1));

        // window: 10, 1, 1
        assertThat(times.averageHandle()).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void givenNothingSeeded_whenSeeded_thenTheDefaultsStay() {
        times.seed(List.of(), List.of());

        assertThat(times.averageHandle()).isEqualTo(Duration.ofMinutes(5));
        assertThat(times.averagePickup()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void givenTheDefaultSettings_whenManyChatsAreMeasured_thenTheLastFiftyCount() {
        HandleTimes defaults = new HandleTimes(QueueSettings.defaults());
        for (int i = 0; i < 50; i++) {
            defaults.handled(Duration.ofMinutes(100));
        }
        for (int i = 0; i < 50; i++) {
            defaults.handled(Duration.ofMinutes(2));
        }

        assertThat(defaults.averageHandle()).isEqualTo(Duration.ofMinutes(2));
    }
}
