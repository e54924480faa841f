package dev.tandem.adapters.stream;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps live streams honest about who is still there: the server pings every {@code ping-interval}, and a
 * connection that sent nothing back for {@code idle-timeout} (a closed laptop, a dropped network that left
 * the socket half-open) is closed, so it neither holds memory nor keeps an agent counted online.
 */
@Component
class IdleConnections {

    private final StreamProperties properties;
    private final StreamShutdown shutdown;

    IdleConnections(StreamProperties properties, StreamShutdown shutdown) {
        this.properties = properties;
        this.shutdown = shutdown;
    }

    /**
     * Sends {@code frames} with pings mixed in while watching what the client sends; ends when the frames end,
     * the client closes, the client has been silent for the idle timeout, or the server stops (close code 1012,
     * "service restart", with the reconnect hint).
     */
    Mono<Void> serve(WebSocketSession session, Flux<WebSocketMessage> frames) {
        long idleNanos = properties.idleTimeout().toNanos();
        AtomicLong lastHeard = new AtomicLong(System.nanoTime());
        // Checked at each ping rather than with a timeout on the input: cancelling the input would drop the
        // connection without the close frame that tells the client why.
        Flux<WebSocketMessage> pings = Flux.interval(properties.pingInterval(), properties.pingInterval())
                .concatMap(tick -> System.nanoTime() - lastHeard.get() > idleNanos
                        ? session.close(CloseStatus.GOING_AWAY.withReason("idle for " + properties.idleTimeout().toSeconds()
                                + " s; reconnect with after=<last seq>")).then(Mono.<WebSocketMessage>empty())
                        : Mono.just(session.pingMessage(buffers -> buffers.wrap(new byte[0]))));
        // On stop the frames end first and the close frame follows on the idle outbound: written while frames
        // are still being sent, it would be lost and the client would see the connection drop (1006).
        AtomicBoolean stopping = new AtomicBoolean();
        Mono<Void> output = session.send(Flux.merge(frames, pings)
                        .takeUntilOther(shutdown.stopping().doOnTerminate(() -> stopping.set(true)).then(Mono.just(true))))
                .then(Mono.defer(() -> stopping.get()
                        ? session.close(CloseStatus.SERVICE_RESTARTED.withReason(StreamShutdown.RECONNECT))
                        : Mono.empty()));
        Mono<Void> input = session.receive().doOnNext(message -> lastHeard.set(System.nanoTime())).then();
        return Mono.firstWithSignal(output, input);
    }
}
