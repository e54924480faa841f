package dev.tandem.adapters.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Sinks;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The WebSocket streams of API v1: what a shopper's and an agent's page receive live. */
class LiveStreamApiTest extends RunningServerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private final JsonMapper json = new JsonMapper();
    private final ReactorNettyWebSocketClient client = new ReactorNettyWebSocketClient();

    @Autowired
    private StreamShutdown shutdown;

    @Test
    void givenShopperStream_whenMessagesFlowAndTheClientReconnectsWithAfter_thenNothingIsMissedOrSentTwice() throws Exception {
        ShopperChat chat = ShopperChat.start(http, "en");
        Socket first = connect(shopperStream(chat, 0), new HttpHeaders());
        assertThat(first.next(frame -> isMessage(frame, 1))).isNotNull();

        chat.say("hello");
        first.next(frame -> isMessage(frame, 3));
        first.close();
        chat.say("thanks a lot");

        Socket second = connect(shopperStream(chat, 3), new HttpHeaders());
        second.next(frame -> isMessage(frame, 5));
        chat.say("bye");
        second.next(frame -> isMessage(frame, 7));
        second.close();

        assertThat(first.seqs()).containsExactly(1L, 2L, 3L);
        assertThat(second.seqs()).containsExactly(4L, 5L, 6L, 7L);
    }

    @Test
    void givenTurnsBeingRecorded_whenStreamsOpenWithAfterMeanwhile_thenEachGetsEveryLaterMessageExactlyOnce() throws Exception {
        ShopperChat chat = ShopperChat.start(http, "en");
        List<String> messages = List.of("hello", "how long does delivery take", "thanks", "how do I return an item",
                "do you ship abroad", "what payment methods do you accept", "ok thank you", "can I change my address");
        Thread shopper = new Thread(() -> messages.forEach(chat::say));
        shopper.start();
        // Each stream starts after whatever the transcript holds at that moment, while the next turn is being saved:
        // the tap-then-read handshake must neither miss a message committed in between nor send one twice.
        List<Socket> sockets = new ArrayList<>();
        List<Long> afters = new ArrayList<>();
        while (shopper.isAlive() && sockets.size() < 12) {
            long after = Math.max(0, chat.messagesAfter(0).size() - 1);
            afters.add(after);
            sockets.add(connect(shopperStream(chat, after), new HttpHeaders()));
        }
        shopper.join(PATIENCE.toMillis());
        long last = chat.messagesAfter(0).size();

        for (int i = 0; i < sockets.size(); i++) {
            Socket socket = sockets.get(i);
            socket.next(frame -> isMessage(frame, last));
            socket.close();
            assertThat(socket.seqs()).as("stream opened after seq %d", afters.get(i))
                    .containsExactlyElementsOf(LongStream.rangeClosed(afters.get(i) + 1, last).boxed().toList());
        }
        assertThat(sockets).isNotEmpty();
    }

    @Test
    void givenQueuedShopper_whenAnAgentClaimsTheChat_thenTheStreamShowsTheStateChangeAndTheAgentsMessage() throws Exception {
        ShopperChat chat = ShopperChat.start(http, "pl");
        chat.say("chcę porozmawiać z konsultantem");
        Socket socket = connect(shopperStream(chat, 0), new HttpHeaders());
        socket.next(frame -> isMessage(frame, 3));

        as("anna").post().uri("/api/v1/agent/conversations/{id}/claim", chat.id).exchange().expectStatus().isOk();
        Map<String, Object> claimed = socket.next(frame -> "state".equals(frame.get("type")));
        as("anna").post().uri("/api/v1/agent/conversations/{id}/messages", chat.id)
                .bodyValue(Map.of("text", "Cześć, tu Anna")).header("Content-Type", "application/json")
                .exchange().expectStatus().isOk();
        Map<String, Object> reply = socket.next(frame -> "message".equals(frame.get("type"))
                && "AGENT".equals(ShopperChat.map(frame.get("message")).get("author")));
        socket.close();

        // The shopper sees the agent as configured for shoppers, not by the sign-in name "anna".
        assertThat(claimed).containsEntry("event", "CLAIMED").containsEntry("state", "ASSIGNED").containsEntry("agent", "Anna")
                .containsEntry("agentAvatarUrl", "https://shop.example/team/anna.png");
        assertThat(ShopperChat.map(reply.get("message"))).containsEntry("text", "Cześć, tu Anna");
        as("anna").post().uri("/api/v1/agent/conversations/{id}/resolve", chat.id).exchange().expectStatus().isOk();
    }

    @Test
    void givenOpenStreams_whenTheServerStartsStopping_thenEachClosesWithServiceRestartAndAReconnectHint() {
        ShopperChat chat = ShopperChat.start(http, "en");
        CompletableFuture<String> open = closeOf(shopperStream(chat, 0));
        try {
            shutdown.stop();
            CompletableFuture<String> late = closeOf(shopperStream(chat, 1));

            // The JDK's client reports the close frame it received, whatever the connection does after it.
            assertThat(open).succeedsWithin(PATIENCE).isEqualTo("1012 " + StreamShutdown.RECONNECT);
            assertThat(late).succeedsWithin(PATIENCE).isEqualTo("1012 " + StreamShutdown.RECONNECT);
        } finally {
            shutdown.start();
        }
    }

    /** Opens a stream and completes with the close frame's "code reason" once the server closes it. */
    private static CompletableFuture<String> closeOf(URI stream) {
        CompletableFuture<String> closed = new CompletableFuture<>();
        java.net.http.HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(stream, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                closed.complete(status + " " + reason);
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                closed.completeExceptionally(error);
            }
        }).join();
        return closed;
    }

    @Test
    void givenSomeoneElsesToken_whenOpeningTheStream_thenItClosesWithoutSendingAnything() throws Exception {
        ShopperChat mine = ShopperChat.start(http, "en");
        ShopperChat theirs = ShopperChat.start(http, "en");

        Socket socket = connect(URI.create("ws://localhost:" + port + "/api/v1/conversations/" + theirs.id
                + "/stream?token=" + mine.token), new HttpHeaders());

        assertThat(socket.closed.asMono().block(PATIENCE)).satisfies(status ->
                assertThat(status.getCode()).isEqualTo(CloseStatus.POLICY_VIOLATION.getCode()));
        assertThat(socket.frames).isEmpty();
    }

    @Test
    void givenAgentStream_whenARussianShopperIsHandedOff_thenTheRussianSpeakingAgentSeesItLive() throws Exception {
        HttpHeaders olek = new HttpHeaders();
        olek.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString("olek:olek-pass".getBytes()));
        Socket desk = connect(URI.create("ws://localhost:" + port + "/api/v1/agent/stream"), olek);
        assertThat(desk.next(frame -> "queue".equals(frame.get("type")))).isNotNull();

        ShopperChat chat = ShopperChat.start(http, "ru");
        chat.say("хочу поговорить с оператором");

        Map<String, Object> handedOff = desk.next(frame -> "state".equals(frame.get("type"))
                && chat.id.equals(frame.get("conversationId")));
        Map<String, Object> queue = desk.next(frame -> "queue".equals(frame.get("type"))
                && ShopperChat.list(frame.get("conversations")).stream().anyMatch(entry -> chat.id.equals(entry.get("id"))));
        chat.say("заказ 100234");
        Map<String, Object> message = desk.next(frame -> "message".equals(frame.get("type"))
                && chat.id.equals(frame.get("conversationId"))
                && "заказ 100234".equals(ShopperChat.map(frame.get("message")).get("text")));
        as("olek").put().uri("/api/v1/agent/presence").header("Content-Type", "application/json")
                .bodyValue(Map.of("status", "online")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.presence").isEqualTo("ONLINE");
        desk.close();

        assertThat(handedOff).containsEntry("event", "HANDED_OFF").containsEntry("reason", "SHOPPER_REQUEST");
        assertThat(queue).isNotNull();
        assertThat(message).isNotNull();
        as("olek").post().uri("/api/v1/agent/conversations/{id}/claim", chat.id).exchange().expectStatus().isOk();
        as("olek").post().uri("/api/v1/agent/conversations/{id}/resolve", chat.id).exchange().expectStatus().isOk();
    }

    @Test
    void givenAgentsOfTwoLanguageTeams_whenAPolishShopperWaitsAndWrites_thenOnlyThePolishSpeakerReadsItAndMayClaimIt() throws Exception {
        Socket anna = connect(agentStream(), basic("anna"));
        Socket olek = connect(agentStream(), basic("olek"));
        anna.next(frame -> "queue".equals(frame.get("type")));
        olek.next(frame -> "queue".equals(frame.get("type")));

        ShopperChat chat = ShopperChat.start(http, "pl");
        chat.say("chcę porozmawiać z konsultantem");
        anna.next(frame -> "queue".equals(frame.get("type"))
                && ShopperChat.list(frame.get("conversations")).stream().anyMatch(entry -> chat.id.equals(entry.get("id"))));
        chat.say("mój numer karty lojalnościowej to 5521");
        Map<String, Object> read = anna.next(frame -> "message".equals(frame.get("type"))
                && chat.id.equals(frame.get("conversationId")));

        as("olek").post().uri("/api/v1/agent/conversations/{id}/claim", chat.id).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.error").isEqualTo("other_language");
        as("anna").post().uri("/api/v1/agent/conversations/{id}/claim", chat.id).exchange().expectStatus().isOk();
        olek.next(frame -> "state".equals(frame.get("type")) && chat.id.equals(frame.get("conversationId"))
                && "CLAIMED".equals(frame.get("event")));
        anna.close();
        olek.close();

        assertThat(ShopperChat.map(read.get("message"))).containsEntry("text", "mój numer karty lojalnościowej to 5521");
        assertThat(olek.seen).as("olek (ru, uk) saw nothing the Polish shopper wrote")
                .noneMatch(frame -> "message".equals(frame.get("type")) && chat.id.equals(frame.get("conversationId")));
        assertThat(olek.seen).noneMatch(frame -> "queue".equals(frame.get("type"))
                && ShopperChat.list(frame.get("conversations")).stream().anyMatch(entry -> chat.id.equals(entry.get("id"))));
        as("anna").post().uri("/api/v1/agent/conversations/{id}/resolve", chat.id).exchange().expectStatus().isOk();
    }

    private URI agentStream() {
        return URI.create("ws://localhost:" + port + "/api/v1/agent/stream");
    }

    private static HttpHeaders basic(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user + "-pass");
        return headers;
    }

    private URI shopperStream(ShopperChat chat, long after) {
        return URI.create("ws://localhost:" + port + "/api/v1/conversations/" + chat.id + "/stream?token=" + chat.token
                + "&after=" + after);
    }

    private static boolean isMessage(Map<String, Object> frame, long seq) {
        return "message".equals(frame.get("type"))
                && ((Number) ShopperChat.map(frame.get("message")).get("seq")).longValue() == seq;
    }

    private Socket connect(URI uri, HttpHeaders headers) {
        Socket socket = new Socket();
        socket.connection = client.execute(uri, headers, session -> session.receive()
                        .map(WebSocketMessage::getPayloadAsText)
                        .doOnNext(text -> socket.frames.add(json.readValue(text, new TypeReference<Map<String, Object>>() {
                        })))
                        .then(session.closeStatus().doOnNext(socket.closed::tryEmitValue))
                        .then())
                .subscribe();
        return socket;
    }

    /** One open stream: the frames it received, in order. */
    private static final class Socket {
        final BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
        final List<Map<String, Object>> seen = new ArrayList<>();
        final Sinks.One<CloseStatus> closed = Sinks.one();
        Disposable connection;

        /** Waits for the first frame matching, keeping every frame seen on the way. */
        Map<String, Object> next(Predicate<Map<String, Object>> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                Map<String, Object> frame = frames.poll(200, TimeUnit.MILLISECONDS);
                if (frame != null) {
                    seen.add(frame);
                    if (wanted.test(frame)) {
                        return frame;
                    }
                }
            }
            throw new AssertionError("no matching frame within " + PATIENCE + "; seen: " + seen);
        }

        List<Long> seqs() {
            return seen.stream().filter(frame -> "message".equals(frame.get("type")))
                    .map(frame -> ((Number) ShopperChat.map(frame.get("message")).get("seq")).longValue()).toList();
        }

        void close() {
            connection.dispose();
        }
    }
}
