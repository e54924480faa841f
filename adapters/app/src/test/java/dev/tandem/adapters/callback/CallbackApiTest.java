package dev.tandem.adapters.callback;

import static dev.tandem.adapters.ShopperChat.JSON;
import static dev.tandem.adapters.ShopperChat.list;
import static dev.tandem.adapters.ShopperChat.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * "Call me back" over real HTTP: a waiting shopper leaves a number and a time window, the transcript confirms it in
 * their language, and the request is a task for the agents who speak it until one marks it done, once.
 */
class CallbackApiTest extends RunningServerTest {

    @Test
    void givenAWaitingShopper_whenTheyAskForACallBack_thenAgentsOfTheirLanguageGetATaskThatIsDoneOnce() {
        ShopperChat shopper = ShopperChat.start(http, "pl");
        shopper.say("chcę porozmawiać z konsultantem o reklamacji");

        Map<String, Object> requested = callback(shopper, Map.of("phone", " +48 600-100-200 ", "window", "morning"))
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        Map<String, Object> task = map(requested.get("callback"));
        assertThat(task).containsEntry("phone", "+48600100200").containsEntry("window", "morning")
                .containsEntry("state", "OPEN").containsEntry("language", "pl").doesNotContainKey("doneBy");
        assertThat(map(requested.get("confirmation"))).containsEntry("author", "SYSTEM")
                .containsEntry("text", "Oddzwonimy pod numer +48600100200, rano (9:00–12:00). W międzyczasie możesz dalej pisać tutaj.");
        assertThat(shopper.messagesAfter(0)).extracting(message -> (String) message.get("text"))
                .contains("Oddzwonimy pod numer +48600100200, rano (9:00–12:00). W międzyczasie możesz dalej pisać tutaj.");
        callback(shopper, Map.of("phone", "+48 600 100 201")).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.error").isEqualTo("callback_already_requested");

        // Anna takes Polish chats and sees the task; Olek (Russian, Ukrainian) does not.
        String id = (String) task.get("id");
        assertThat(callbacks("anna", "open")).extracting(entry -> entry.get("id")).contains(id);
        assertThat(callbacks("olek", "open")).extracting(entry -> entry.get("id")).doesNotContain(id);
        // The agent's view of the conversation has the request in its transcript.
        Map<String, Object> story = as("anna").get().uri("/api/v1/agent/conversations/{id}", shopper.id).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(list(story.get("messages"))).anySatisfy(line -> assertThat((String) line.get("text")).contains("+48600100200"));

        Map<String, Object> done = as("anna").post().uri("/api/v1/agent/callbacks/{id}/done", id).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(done).containsEntry("state", "DONE").containsEntry("doneBy", "anna").containsKey("doneAt");
        as("agent").post().uri("/api/v1/agent/callbacks/{id}/done", id).exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.error").isEqualTo("already_done").jsonPath("$.message").value(message ->
                        assertThat((String) message).endsWith("by anna"));
        assertThat(callbacks("anna", "open")).extracting(entry -> entry.get("id")).doesNotContain(id);
        assertThat(callbacks("anna", "done")).extracting(entry -> entry.get("id")).contains(id);

        // Once the task is done, the shopper may ask again.
        Map<String, Object> again = callback(shopper, Map.of("phone", "600100200", "window", "evening"))
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        as("anna").post().uri("/api/v1/agent/callbacks/{id}/done", map(again.get("callback")).get("id")).exchange()
                .expectStatus().isOk();
        as("agent").post().uri("/api/v1/agent/conversations/{id}/claim", shopper.id).exchange().expectStatus().isOk();
        as("agent").post().uri("/api/v1/agent/conversations/{id}/resolve", shopper.id).exchange().expectStatus().isOk();
    }

    @Test
    void givenRequestsThatDoNotFit_whenSent_thenClearErrorsAndNoTask() {
        ShopperChat chatting = ShopperChat.start(http, "en");
        callback(chatting, Map.of("phone", "+44 20 7946 0958")).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.error").isEqualTo("not_waiting");

        chatting.say("I want to talk to a person");
        for (String wrong : List.of("", "call me", "12345", "+48 600 100 200 300 400", "600100200; DROP TABLE", "+48 (600) 100 200 ext")) {
            callback(chatting, Map.of("phone", wrong)).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.error").isEqualTo("invalid_callback")
                    .jsonPath("$.message").value(message -> assertThat((String) message).contains("7 to 15 digits"));
        }
        callback(chatting, Map.of("phone", "+48 600 100 200", "window", "midnight")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.message").isEqualTo("window must be one of any-time, morning, afternoon, evening");
        http.post().uri("/api/v1/conversations/{id}/callback", chatting.id).header("Authorization", "Bearer wrong")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("phone", "+48 600 100 200"))
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/agent/callbacks").header("Authorization", "Bearer " + chatting.token)
                .exchange().expectStatus().isUnauthorized();
        as("agent").get().uri("/api/v1/agent/callbacks?state=everything").exchange().expectStatus().isBadRequest();
        as("agent").post().uri("/api/v1/agent/callbacks/{id}/done", "no-such-task").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").isEqualTo("callback_not_found");
        assertThat(callbacks("agent", "open")).noneMatch(entry -> chatting.id.equals(entry.get("conversationId")));
        as("agent").post().uri("/api/v1/agent/conversations/{id}/claim", chatting.id).exchange().expectStatus().isOk();
        as("agent").post().uri("/api/v1/agent/conversations/{id}/resolve", chatting.id).exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec callback(ShopperChat chat, Map<String, Object> body) {
        return http.post().uri("/api/v1/conversations/{id}/callback", chat.id).header("Authorization", "Bearer " + chat.token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private List<Map<String, Object>> callbacks(String agent, String state) {
        return list(as(agent).get().uri("/api/v1/agent/callbacks?state={state}", state).exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody().get("callbacks"));
    }
}
