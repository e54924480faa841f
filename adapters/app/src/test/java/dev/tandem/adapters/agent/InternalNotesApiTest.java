package dev.tandem.adapters.agent;

import static dev.tandem.adapters.ShopperChat.JSON;
import static dev.tandem.adapters.ShopperChat.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;

/**
 * Agents' internal notes over real HTTP: colleagues see them in the conversation and live on their desks, the
 * customer's data export carries them and erasure removes them, and the shopper never sees one: not in the
 * transcript, not on the live stream.
 */
class InternalNotesApiTest extends RunningServerTest {

    private final ReactorNettyWebSocketClient sockets = new ReactorNettyWebSocketClient();

    @Test
    void givenAnAgentsNote_whenTheShopperReadsTheirTranscriptAndStream_thenTheNoteIsNowhereButColleaguesSeeIt() {
        String email = "note." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        ShopperChat shopper = ShopperChat.start(http, "en");
        shopper.say("I want to talk to a person about a refund, write to me at " + email);
        as("anna").post().uri("/api/v1/agent/conversations/{id}/claim", shopper.id).exchange().expectStatus().isOk();

        List<String> shopperFrames = new CopyOnWriteArrayList<>();
        List<String> deskFrames = new CopyOnWriteArrayList<>();
        Disposable shopperStream = sockets.execute(URI.create("ws://localhost:" + port + "/api/v1/conversations/"
                        + shopper.id + "/stream?token=" + shopper.token),
                session -> session.receive().map(WebSocketMessage::getPayloadAsText).doOnNext(shopperFrames::add).then())
                .subscribe();
        HttpHeaders olek = new HttpHeaders();
        olek.setBasicAuth("olek", "olek-pass");
        Disposable desk = sockets.execute(URI.create("ws://localhost:" + port + "/api/v1/agent/stream"), olek,
                session -> session.receive().map(WebSocketMessage::getPayloadAsText).doOnNext(deskFrames::add).then())
                .subscribe();
        try {
            awaitFrame(shopperFrames, "the shopper's stream replays the transcript", "refund");
            awaitFrame(deskFrames, "olek's desk is connected", "\"type\":\"queue\"");

            Map<String, Object> note = note("anna", shopper.id, "Refund for order 100234 approved by Marek, card 4111 1111 1111 1111")
                    .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
            assertThat(note).containsEntry("agent", "anna").containsEntry("agentName", "Anna")
                    .containsEntry("text", "Refund for order 100234 approved by Marek, card [card •••• 1111]");
            as("anna").post().uri("/api/v1/agent/conversations/{id}/messages", shopper.id)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "Your refund is on its way."))
                    .exchange().expectStatus().isOk();

            // The reply written after the note reaches the shopper; the note never does.
            awaitFrame(shopperFrames, "the agent's reply on the shopper's stream", "Your refund is on its way.");
            assertThat(shopperFrames).noneMatch(frame -> frame.contains("Marek") || frame.contains("\"note\""));
            assertThat(shopper.messagesAfter(0)).extracting(message -> (String) message.get("text"))
                    .contains("Your refund is on its way.").noneMatch(text -> text.contains("Marek"));
            // A colleague's desk hears of it (without its text) and reads it in the conversation, after the message it follows.
            String noteFrame = awaitFrame(deskFrames, "the note on olek's desk", "\"type\":\"note\"");
            assertThat(noteFrame).contains(shopper.id).doesNotContain("Marek");
            Map<String, Object> story = as("olek").get().uri("/api/v1/agent/conversations/{id}", shopper.id).exchange()
                    .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
            assertThat(list(story.get("notes"))).singleElement().satisfies(seen -> assertThat(seen)
                    .containsEntry("agentName", "Anna").containsEntry("afterSeq", ((Number) note.get("afterSeq")).intValue()));
            assertThat(list(story.get("messages"))).noneMatch(line -> String.valueOf(line.get("text")).contains("Marek"));
        } finally {
            shopperStream.dispose();
            desk.dispose();
        }

        // The customer's export carries the note; erasing the customer erases it with the conversation.
        Map<String, Object> exported = as("boss").get().uri("/api/v1/admin/customers/export?email={email}", email)
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(list(exported.get("conversations"))).singleElement().satisfies(conversation -> assertThat(
                list(conversation.get("internalNotes"))).extracting(n -> n.get("text")).singleElement().asString()
                .contains("approved by Marek"));
        as("anna").post().uri("/api/v1/agent/conversations/{id}/resolve", shopper.id).exchange().expectStatus().isOk();
        as("boss").delete().uri("/api/v1/admin/customers?email={email}", email).exchange().expectStatus().isOk();
        assertThat(db.sql("SELECT COUNT(*) AS n FROM conversation_note WHERE conversation_id = :id").bind("id", shopper.id)
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
    }

    @Test
    void givenNoteRequestsThatDoNotFit_whenSent_thenClearErrorsAndAShoppersTokenIsRefused() {
        ShopperChat shopper = ShopperChat.start(http, "en");
        shopper.say("I want to talk to a person");

        http.post().uri("/api/v1/agent/conversations/{id}/notes", shopper.id).header("Authorization", "Bearer " + shopper.token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "I am not an agent"))
                .exchange().expectStatus().isUnauthorized();
        note("anna", shopper.id, "   ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_request").jsonPath("$.message").isEqualTo("text must not be blank");
        as("anna").post().uri("/api/v1/agent/conversations/{id}/notes", shopper.id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("words", "x")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_note");
        note("anna", shopper.id, "x".repeat(4001)).expectStatus().isBadRequest();
        note("anna", "no-such-conversation", "hello").expectStatus().isNotFound();
        assertThat(shopper.messagesAfter(0)).noneMatch(message -> "I am not an agent".equals(message.get("text")));
        // A waiting chat nobody holds yet takes notes too: the next agent reads them.
        note("olek", shopper.id, "Asked about a refund last week as well").expectStatus().isCreated();
        as("agent").post().uri("/api/v1/agent/conversations/{id}/claim", shopper.id).exchange().expectStatus().isOk();
        as("agent").post().uri("/api/v1/agent/conversations/{id}/resolve", shopper.id).exchange().expectStatus().isOk();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.r2dbc.core.DatabaseClient db;

    /** The first frame with the text, once one came (within ten seconds); a time-out shows the frames there were. */
    private static String awaitFrame(List<String> frames, String what, String containing) {
        Predicate<String> wanted = frame -> frame.contains(containing);
        return await(what + ": a frame with '" + containing + "'").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> List.copyOf(frames), seen -> seen.stream().anyMatch(wanted))
                .stream().filter(wanted).findFirst().orElseThrow();
    }

    private WebTestClient.ResponseSpec note(String agent, String conversationId, String text) {
        return as(agent).post().uri("/api/v1/agent/conversations/{id}/notes", conversationId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text)).exchange();
    }
}
