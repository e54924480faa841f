package dev.tandem.adapters.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.ShopperChat;
import dev.tandem.adapters.security.EveryDoorServerTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;

/**
 * Live streams close connections that went silent and keep those that are alive. This server pings every
 * second and closes after 3 s without a sign of life: a client that answers pings (as every browser does by
 * itself) stays connected and keeps getting events; one that never answers is closed (1001, going away),
 * after which the widget and the console reconnect with {@code after=}.
 */
class StreamIdleTimeoutTest extends EveryDoorServerTest {

    @Test
    void givenAClientThatAnswersPings_whenItSendsNothingElseForLongerThanTheIdleTimeout_thenItStaysConnected() {
        ShopperChat chat = ShopperChat.start(http, "en");
        List<String> frames = new CopyOnWriteArrayList<>();
        new ReactorNettyWebSocketClient().execute(streamOf(chat), new HttpHeaders(), session -> session.receive()
                        .map(WebSocketMessage::getPayloadAsText)
                        .doOnNext(frames::add)
                        // The shopper writes from a thread that may block, after a silence longer than the idle timeout.
                        .doOnSubscribe(subscribed -> Schedulers.boundedElastic()
                                .schedule(() -> chat.say("hello"), 5, TimeUnit.SECONDS))
                        .takeUntil(frame -> frame.contains("\"author\":\"SHOPPER\"") && frame.contains("hello"))
                        .then())
                .block(Duration.ofSeconds(20));

        assertThat(frames).anySatisfy(frame -> assertThat(frame).contains("\"text\":\"hello\""));
    }

    @Test
    void givenAClientThatNeverAnswersPings_whenTheIdleTimeoutPasses_thenTheServerClosesWithGoingAway() {
        ShopperChat chat = ShopperChat.start(http, "en");
        // Pings are handed to this client's code instead of being answered for it; it ignores them.
        ReactorNettyWebSocketClient silent = new ReactorNettyWebSocketClient(HttpClient.create(),
                () -> WebsocketClientSpec.builder().handlePing(true));
        AtomicReference<CloseStatus> closed = new AtomicReference<>();
        long started = System.nanoTime();
        silent.execute(streamOf(chat), new HttpHeaders(), session -> session.closeStatus().doOnNext(closed::set)
                        .and(session.receive().then()))
                .block(Duration.ofSeconds(20));
        Duration connected = Duration.ofNanos(System.nanoTime() - started);

        // The server sends 1001 "idle for 3 s…"; whether this client library reports the status it received
        // depends on how the closing handshake races with the connection ending, so only a reported one is checked.
        if (closed.get() != null) {
            assertThat(closed.get().getCode()).isEqualTo(CloseStatus.GOING_AWAY.getCode());
        }
        assertThat(connected).as("closed by the server after the idle timeout, not before").isGreaterThanOrEqualTo(Duration.ofSeconds(3)).isLessThan(Duration.ofSeconds(15));
    }

    private URI streamOf(ShopperChat chat) {
        return URI.create("ws://localhost:" + port + "/api/v1/conversations/" + chat.id + "/stream?token=" + chat.token);
    }
}
