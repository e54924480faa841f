package dev.tandem.adapters.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.events.InProcessConversationEvents;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.events.ConversationEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * A stream consumer that stops reading (a stalled browser, a slow network) cannot make the server's memory
 * grow: its tap on the event bus buffers at most {@link LiveFeed#BUFFER} events, then the stream ends with
 * {@link LiveFeed.StreamOverflowException} (the handlers close the socket, 1001) and the client resumes from
 * the store with {@code after=<seq>}. Other streams and the chat itself go on.
 */
class SlowConsumerTest {

    @Test
    void givenAConsumerThatReadsNothing_whenMoreEventsThanTheBufferArrive_thenItsStreamEndsAndOthersKeepGoing() {
        InProcessConversationEvents bus = new InProcessConversationEvents();
        var stalled = LiveFeed.stream(bus::tapAll, live -> live);
        var reading = LiveFeed.stream(bus::tapAll, live -> live);

        StepVerifier.create(reading.take(LiveFeed.BUFFER + 100).count())
                .then(() -> StepVerifier.create(stalled, 0)
                        .then(() -> publish(bus, LiveFeed.BUFFER + 100))
                        .thenRequest(LiveFeed.BUFFER)
                        .expectNextCount(LiveFeed.BUFFER)
                        .expectError(LiveFeed.StreamOverflowException.class)
                        .verify(Duration.ofSeconds(10)))
                .assertNext(count -> assertThat(count).isEqualTo(LiveFeed.BUFFER + 100L))
                .verifyComplete();
    }

    private static void publish(InProcessConversationEvents bus, int count) {
        bus.publish(IntStream.range(0, count)
                .mapToObj(i -> ConversationEvent.of(ConversationEvent.Type.QUEUE_CHANGED, "c-" + i, ConversationState.QUEUED,
                        Instant.EPOCH))
                .toList());
    }
}
