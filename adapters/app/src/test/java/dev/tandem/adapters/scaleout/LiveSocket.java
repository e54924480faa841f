package dev.tandem.adapters.scaleout;

import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.ShopperChat;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One open WebSocket stream (shopper's or agent's): the JSON frames it received, in order, with arrival times. */
final class LiveSocket implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    /** A browser takes frames of any size; Netty's client stops at 64 KB (a long agent queue is more). */
    private static final ReactorNettyWebSocketClient CLIENT = new ReactorNettyWebSocketClient(HttpClient.create(),
            () -> WebsocketClientSpec.builder().maxFramePayloadLength(16 * 1024 * 1024));
    private static final JsonMapper JSON = new JsonMapper();

    record Frame(Map<String, Object> json, long arrivedNanos) {
    }

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    final List<Map<String, Object>> seen = new ArrayList<>();
    private Disposable connection;
    private volatile HttpHeaders handshake;

    static LiveSocket shopper(Node node, ShopperChat chat, long after) {
        return shopper(node.ws(), chat, after);
    }

    /** The shopper's stream at any address: a node's, or a load balancer's ({@code ws://host:port}). */
    static LiveSocket shopper(String ws, ShopperChat chat, long after) {
        return open(URI.create(ws + "/api/v1/conversations/" + chat.id + "/stream?token=" + chat.token
                + "&after=" + after), new HttpHeaders());
    }

    static LiveSocket agent(Node node, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()));
        return open(URI.create(node.ws() + "/api/v1/agent/stream"), headers);
    }

    private static LiveSocket open(URI uri, HttpHeaders headers) {
        LiveSocket socket = new LiveSocket();
        socket.connection = CLIENT.execute(uri, headers, session -> Mono.fromRunnable(
                        () -> socket.handshake = session.getHandshakeInfo().getHeaders()).then(session.receive()
                        .map(WebSocketMessage::getPayloadAsText)
                        .doOnNext(text -> socket.frames.add(new Frame(JSON.readValue(text, new TypeReference<Map<String, Object>>() {
                        }), System.nanoTime())))
                        .then()))
                .subscribe();
        return socket;
    }

    /** Waits for the first frame matching, keeping every frame seen on the way. */
    Map<String, Object> next(Predicate<Map<String, Object>> wanted) {
        return nextFrame(wanted).json();
    }

    Frame nextFrame(Predicate<Map<String, Object>> wanted) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Frame frame;
            try {
                frame = frames.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
            if (frame != null) {
                seen.add(frame.json());
                if (wanted.test(frame.json())) {
                    return frame;
                }
            }
        }
        throw new AssertionError("no matching frame within " + PATIENCE + "; seen: " + seen);
    }

    /** A header of the answer to the WebSocket handshake, once the connection is open. */
    String handshakeHeader(String name) {
        return await("the WebSocket open").atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> handshake, Objects::nonNull).getFirst(name);
    }

    /** Waits for the message with this seq. */
    Map<String, Object> message(long seq) {
        return next(frame -> isMessage(frame) && seq(frame) == seq);
    }

    /** The seqs of the messages received so far, in order (duplicates included). */
    List<Long> seqs() {
        frames.drainTo(new ArrayList<>() {
            @Override
            public boolean add(Frame frame) {
                seen.add(frame.json());
                return true;
            }
        });
        return seen.stream().filter(LiveSocket::isMessage).map(LiveSocket::seq).toList();
    }

    static boolean isMessage(Map<String, Object> frame) {
        return "message".equals(frame.get("type"));
    }

    static long seq(Map<String, Object> frame) {
        return ((Number) ShopperChat.map(frame.get("message")).get("seq")).longValue();
    }

    static String author(Map<String, Object> frame) {
        return (String) ShopperChat.map(frame.get("message")).get("author");
    }

    static String text(Map<String, Object> frame) {
        return (String) ShopperChat.map(frame.get("message")).get("text");
    }

    @Override
    public void close() {
        connection.dispose();
    }
}
