package dev.tandem.adapters.stream;

import dev.tandem.adapters.events.LiveEvents;
import dev.tandem.bot.events.ConversationEvent;
import java.util.function.Consumer;
import java.util.function.Function;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * One stream's tap on the event bus (every node's events, see {@link LiveEvents}), opened before the stream reads
 * what it missed from the store, so nothing that happens in between is lost. Its buffer is bounded: a consumer
 * that falls that far behind is disconnected and resumes with {@code after=<seq>} instead of making the server's
 * memory grow.
 */
final class LiveFeed {

    static final int BUFFER = 1024;

    private LiveFeed() {
    }

    /**
     * Taps the bus ({@code tap} opens the tap with the consumer given to it), then builds the stream from the
     * tapped events; the tap closes with the stream, however it ends (completion, error, the client going away).
     */
    static <T> Flux<T> stream(Function<Consumer<ConversationEvent>, Disposable> tap,
                              Function<Flux<ConversationEvent>, Flux<T>> build) {
        return Flux.defer(() -> {
            // Not serialised by the sink: the bus hands events over one at a time.
            Sinks.Many<ConversationEvent> buffer = Sinks.unsafe().many().unicast()
                    .onBackpressureBuffer(Queues.<ConversationEvent>get(BUFFER).get());
            Disposable tapped = tap.apply(event -> {
                if (buffer.tryEmitNext(event) == Sinks.EmitResult.FAIL_OVERFLOW) {
                    buffer.tryEmitError(new StreamOverflowException());
                }
            });
            return build.apply(buffer.asFlux()).doFinally(signal -> tapped.dispose());
        });
    }

    /** The consumer is too far behind; it must reconnect and catch up from the store. */
    static final class StreamOverflowException extends RuntimeException {

        StreamOverflowException() {
            super("stream consumer fell " + BUFFER + " events behind; reconnect with after=<last seq>");
        }
    }
}
