package dev.tandem.adapters.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.ShopperChat;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Scale-out on a real PostgreSQL: two nodes behind an imaginary load balancer, one database. The nodes are
 * expensive to start, so the scenarios share them and run in order; the last one kills node A.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesOnPostgresTest {

    private TwoNodes nodes;

    @BeforeAll
    void startNodes() {
        nodes = TwoNodes.start();
    }

    @AfterAll
    void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    @Order(1)
    void givenShopperOnNodeAAndAgentOnNodeB_whenTheyWrite_thenEachSeesTheOtherLiveAndAReconnectToBMissesNothing() {
        try (LiveSocket desk = LiveSocket.agent(nodes.b, "marta", "marta-pass")) {
            desk.next(frame -> "queue".equals(frame.get("type")));
            ShopperChat chat = ShopperChat.start(nodes.a.client(), "en");
            chat.say("I want to talk to a person");

            // Handed off on A, seen on B.
            desk.next(frame -> "state".equals(frame.get("type")) && chat.id.equals(frame.get("conversationId"))
                    && "HANDED_OFF".equals(frame.get("event")));
            LiveSocket onA = LiveSocket.shopper(nodes.a, chat, 0);
            onA.message(3);
            claim(nodes.b, "marta", chat.id).expectStatus().isOk();
            reply(nodes.b, "marta", chat.id, "Hi, Marta here. How can I help?");

            // Written on B, seen on A.
            Map<String, Object> agentReply = onA.next(frame -> LiveSocket.isMessage(frame) && "AGENT".equals(LiveSocket.author(frame)));
            assertThat(LiveSocket.text(agentReply)).isEqualTo("Hi, Marta here. How can I help?");
            chat.say("My parcel 100234 has not arrived");
            Map<String, Object> shopperLine = desk.next(frame -> LiveSocket.isMessage(frame) && chat.id.equals(frame.get("conversationId"))
                    && "My parcel 100234 has not arrived".equals(LiveSocket.text(frame)));
            long lastSeenOnA = LiveSocket.seq(onA.next(frame -> LiveSocket.isMessage(frame) && "SHOPPER".equals(LiveSocket.author(frame))));
            onA.close();

            // While the shopper is away, the agent writes twice; the shopper comes back through node B.
            reply(nodes.b, "marta", chat.id, "Let me check the carrier.");
            reply(nodes.b, "marta", chat.id, "InPost says it arrives tomorrow.");
            try (LiveSocket onB = LiveSocket.shopper(nodes.b, chat, lastSeenOnA)) {
                onB.message(lastSeenOnA + 2);
                reply(nodes.a, "marta", chat.id, "Anything else?");
                onB.message(lastSeenOnA + 3);

                assertThat(LiveSocket.seq(shopperLine)).isEqualTo(lastSeenOnA);
                assertThat(onA.seqs()).containsExactlyElementsOf(seqs(1, lastSeenOnA));
                assertThat(onB.seqs()).containsExactly(lastSeenOnA + 1, lastSeenOnA + 2, lastSeenOnA + 3);
                assertThat(chat.messagesAfter(0)).hasSize((int) lastSeenOnA + 3);
            }
        }
    }

    @Test
    @Order(2)
    void givenTwentyQueuedChats_whenTenAgentsTryEveryOneOfThemOnBothNodesAtOnce_thenEachIsAssignedOnceAndNobodyIsOverCapacity()
            throws SQLException {
        int chats = TwoNodes.DESK_AGENTS * TwoNodes.DESK_CAPACITY;
        long started = System.nanoTime();
        List<String> queued = Flux.range(0, chats)
                .flatMap(i -> handOff(i % 2 == 0 ? nodes.a : nodes.b, "hello, I need a person please"), 8)
                .collectList().block(Duration.ofSeconds(120));
        List<String[]> attempts = new ArrayList<>();
        for (String id : queued) {
            for (int agent = 0; agent < TwoNodes.DESK_AGENTS; agent++) {
                attempts.add(new String[] {id, "a" + agent});
            }
        }
        Collections.shuffle(attempts, new Random(8));
        System.out.printf("%d handoffs in %d ms%n", chats, (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();

        List<Integer> statuses = Flux.range(0, attempts.size())
                .flatMap(i -> claimAsync(i % 2 == 0 ? nodes.a : nodes.b, attempts.get(i)[1], attempts.get(i)[0]), attempts.size())
                .collectList().block(Duration.ofSeconds(300));
        System.out.printf("%d claims in %d ms%n", attempts.size(), (System.nanoTime() - started) / 1_000_000);

        // As many chats as places (10 agents of 2): every place fills, and a claim only fails when the chat is taken
        // or the agent is full, so each chat ends with exactly one agent and each agent with exactly two chats.
        // Every agent tries every chat, ten claims racing for each chat across both nodes, and each agent's twenty
        // claims race for its two places: both races a lost update would lose. Two places each (not four) halve the
        // claims, about 50 ms each on a 2-core machine, without making either race smaller.
        assertThat(statuses).hasSize(chats * TwoNodes.DESK_AGENTS).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(chats);
        try (Connection sql = database()) {
            assertThat(longs(sql, "SELECT COUNT(*) FROM conversation_event WHERE kind = 'CLAIMED' "
                    + "AND conversation_id IN (" + inList(queued) + ") GROUP BY conversation_id")).hasSize(chats).containsOnly(1L);
            assertThat(longs(sql, "SELECT COUNT(*) FROM queue_entry WHERE assigned_agent LIKE 'a%' GROUP BY assigned_agent"))
                    .hasSize(TwoNodes.DESK_AGENTS).containsOnly((long) TwoNodes.DESK_CAPACITY);
            assertThat(longs(sql, "SELECT COUNT(*) FROM conversation WHERE state = 'ASSIGNED' AND id IN (" + inList(queued) + ")"))
                    .containsExactly((long) chats);
        }
    }

    @Test
    @Order(3)
    void givenAnEditorOnNodeA_whenTheySaveAnAnswer_thenShoppersOnNodeBGetItWithinSeconds() {
        String marker = "Gift cards bought in December are valid until the end of next year.";
        String question = "how long is a gift card valid";
        assertThat(botAnswer(nodes.b, question)).doesNotContain(marker);
        Map<String, Object> entry = nodes.a.client().get().uri("/api/v1/editor/faq/gift-cards")
                .headers(headers -> headers.setBasicAuth("erik", "erik-pass"))
                .exchange().expectStatus().isOk().expectBody(ShopperChat.JSON).returnResult().getResponseBody();
        Map<String, Object> en = ShopperChat.map(ShopperChat.map(entry.get("languages")).get("en"));
        Map<String, Object> fields = new LinkedHashMap<>(ShopperChat.map(en.get("fields")));
        fields.put("answer", fields.get("answer") + "\n\n" + marker);
        fields.put("baseVersion", en.get("version"));

        nodes.a.client().put().uri("/api/v1/editor/faq/gift-cards?wait=true")
                .headers(headers -> headers.setBasicAuth("erik", "erik-pass")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("languages", Map.of("en", fields))).exchange().expectStatus().isOk();
        long servedOnA = System.nanoTime();

        await("node B's answer with node A's save").atMost(Duration.ofSeconds(10))
                .until(() -> botAnswer(nodes.b, question), answer -> answer.contains(marker));
        long tookMillis = (System.nanoTime() - servedOnA) / 1_000_000;
        System.out.printf("node B served node A's save %d ms after A did%n", tookMillis);
    }

    @Test
    @Order(4)
    void givenConversationOnNodeA_whenNodeADiesMidConversation_thenTheShopperGoesOnThroughNodeBAndTheQueueIsIntact() {
        ShopperChat chat = ShopperChat.start(nodes.a.client(), "pl");
        chat.say("chcę porozmawiać z konsultantem");
        String waiting = handOff(nodes.a, "I want to talk to a person").block(Duration.ofSeconds(30));
        claim(nodes.b, "marta", chat.id).expectStatus().isOk();
        LiveSocket onA = LiveSocket.shopper(nodes.a, chat, 0);
        reply(nodes.b, "marta", chat.id, "Dzień dobry, tu Marta.");
        long lastSeen = LiveSocket.seq(onA.next(frame -> LiveSocket.isMessage(frame) && "AGENT".equals(LiveSocket.author(frame))));

        nodes.a.close();
        onA.close();

        ShopperChat onB = ShopperChat.resume(nodes.b.client(), chat);
        onB.say("Zamówienie 100234 nie dotarło");
        try (LiveSocket stream = LiveSocket.shopper(nodes.b, chat, lastSeen)) {
            stream.message(lastSeen + 1);
            reply(nodes.b, "marta", chat.id, "Sprawdzam.");
            stream.message(lastSeen + 2);
            assertThat(stream.seqs()).containsExactly(lastSeen + 1, lastSeen + 2);
        }
        Map<String, Object> queue = nodes.b.client().get().uri("/api/v1/agent/queue")
                .headers(headers -> headers.setBasicAuth("marta", "marta-pass"))
                .exchange().expectStatus().isOk().expectBody(ShopperChat.JSON).returnResult().getResponseBody();
        assertThat(ShopperChat.list(queue.get("conversations"))).extracting(entry -> entry.get("id")).contains(waiting)
                .doesNotContain(chat.id);
        nodes.b.client().get().uri("/api/v1/agent/conversations/{id}", chat.id)
                .headers(headers -> headers.setBasicAuth("marta", "marta-pass"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("ASSIGNED");
    }

    /** What the bot on a node answers a new shopper's question with. */
    private static String botAnswer(Node node, String question) {
        Map<String, Object> turn = ShopperChat.start(node.client(), "en").say(question);
        return String.join("\n", ShopperChat.list(turn.get("replies")).stream()
                .map(reply -> String.valueOf(reply.get("text"))).toList());
    }

    /**
     * The nodes close a connection idle for {@code server.netty.idle-timeout} (30 s); a pool that kept it longer
     * would send the next request into a closing socket. This pool (as large as Reactor Netty's default one, for
     * the hundreds of claims at once) lets idle connections go after 10 s.
     */
    private static final HttpClient HTTP = HttpClient.create(
            ConnectionProvider.builder("two-nodes").maxConnections(500).pendingAcquireMaxCount(-1)
                    .maxIdleTime(Duration.ofSeconds(10)).build());

    private static WebClient client(Node node) {
        return WebClient.builder().baseUrl(node.http()).clientConnector(new ReactorClientHttpConnector(HTTP)).build();
    }

    private static Mono<String> handOff(Node node, String text) {
        WebClient http = client(node);
        return http.post().uri("/api/v1/conversations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("locale", "en")).retrieve().bodyToMono(ShopperChat.JSON)
                .flatMap(started -> http.post().uri("/api/v1/conversations/{id}/messages", started.get("id"))
                        .header("Authorization", "Bearer " + started.get("token"))
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text))
                        .retrieve().bodyToMono(ShopperChat.JSON)
                        .doOnNext(answer -> assertThat(answer).containsEntry("state", "QUEUED"))
                        .thenReturn((String) started.get("id")));
    }

    private static Mono<Integer> claimAsync(Node node, String agent, String id) {
        return client(node).post().uri("/api/v1/agent/conversations/{id}/claim", id)
                .headers(headers -> headers.setBasicAuth(agent, agent + "-pass"))
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()));
    }

    private static WebTestClient.ResponseSpec claim(Node node, String agent, String id) {
        return node.client().post().uri("/api/v1/agent/conversations/{id}/claim", id)
                .headers(headers -> headers.setBasicAuth(agent, agent + "-pass")).exchange();
    }

    private static void reply(Node node, String agent, String id, String text) {
        node.client().post().uri("/api/v1/agent/conversations/{id}/messages", id)
                .headers(headers -> headers.setBasicAuth(agent, agent + "-pass"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text))
                .exchange().expectStatus().isEqualTo(HttpStatus.OK);
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection(nodes.database.jdbcUrl(), "postgres", "");
    }

    private static List<Long> longs(Connection sql, String query) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement statement = sql.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private static String inList(List<String> ids) {
        return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
    }

    private static List<Long> seqs(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }
}
