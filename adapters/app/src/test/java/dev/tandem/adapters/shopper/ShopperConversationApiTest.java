package dev.tandem.adapters.shopper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import static dev.tandem.adapters.ShopperChat.JSON;
import static dev.tandem.adapters.ShopperChat.list;
import static dev.tandem.adapters.ShopperChat.map;
import static dev.tandem.adapters.Staff.queue;
import org.springframework.test.json.JsonCompareMode;

/** The first end-to-end path over real HTTP: greet, answer from the FAQ, hand off, list in the agent queue. */
class ShopperConversationApiTest extends RunningServerTest {

    @Test
    void givenShopperOnPolishPage_whenConversationStarts_then201WithIdTokenBotStateAndPolishGreeting() {
        Map<String, Object> started = http.post().uri("/api/v1/conversations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("channel", "web", "locale", "pl"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().exists("Location")
                .expectBody(JSON).returnResult().getResponseBody();

        assertThat(started).containsKeys("id", "token").containsEntry("state", "BOT");
        List<Map<String, Object>> messages = list(started.get("messages"));
        assertThat(messages).singleElement().satisfies(greeting -> {
            assertThat(greeting).containsEntry("seq", 1).containsEntry("author", "BOT").containsEntry("lang", "pl");
            assertThat((String) greeting.get("text")).contains("Dzień dobry");
        });
    }

    @ParameterizedTest
    @CsvSource({"telegram", "email", "EMAIL", "fax"})
    void givenAWebClientDeclaringAnotherChannel_whenConversationStarts_then400AndItCannotJumpTheQueue(String channel) {
        http.post().uri("/api/v1/conversations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("channel", channel, "locale", "en"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_channel")
                .jsonPath("$.message").value(message -> assertThat((String) message).contains("web"));
    }

    @Test
    void givenConversation_whenShopperSaysHello_thenTheBotGreetsBackWithoutAnFaqId() {
        ShopperChat chat = start("en");

        Map<String, Object> turn = chat.say("hello");

        assertThat(turn).containsEntry("state", "BOT");
        assertThat(list(turn.get("replies"))).singleElement().satisfies(reply -> {
            assertThat(reply).containsEntry("author", "BOT").doesNotContainKey("faqId");
            assertThat((String) reply.get("text")).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | how many days do i have to return something i bought | return-policy",
        "ru | какие способы оплаты у вас есть                     | payment-methods",
        "uk | скільки часу йде доставка                            | shipping-time",
        "pl | czy mogę zapłacić blikiem                             | payment-methods"})
    void givenFaqQuestion_whenAsked_thenAnsweredFromTheFaqInTheShoppersLanguage(String lang, String question, String faqId) {
        ShopperChat chat = start("en");

        Map<String, Object> turn = chat.say(question);

        assertThat(turn).containsEntry("state", "BOT");
        Map<String, Object> answer = list(turn.get("replies")).get(0);
        assertThat(answer).containsEntry("faqId", faqId).containsEntry("lang", lang);
        assertThat((String) answer.get("text")).hasSizeGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | I want to talk to a person",
        "ru | хочу поговорить с оператором",
        "uk | з'єднайте мене з живою людиною",
        "pl | chcę rozmawiać z konsultantem"})
    void givenRequestForPerson_whenWritten_thenQueuedInTheSameReplyAndListedForAgents(String lang, String request) {
        ShopperChat chat = start("en");

        Map<String, Object> turn = chat.say(request);

        assertThat(turn).containsEntry("state", "QUEUED");
        assertThat(map(turn.get("queue")).get("position")).isInstanceOf(Integer.class);
        assertThat(list(turn.get("replies"))).singleElement().satisfies(notice -> assertThat(notice).containsEntry("lang", lang));
        List<Map<String, Object>> queue = queue(http, "agent");
        assertThat(queue).anySatisfy(entry -> assertThat(entry)
                .containsEntry("id", chat.id)
                .containsEntry("language", lang)
                .containsEntry("channel", "web")
                .containsEntry("handoffReason", "SHOPPER_REQUEST")
                .containsKeys("waitingSeconds", "summary"));
    }

    @Test
    void givenQueuedConversation_whenShopperWritesMore_thenTheBotStaysSilentAndTheMessageIsKept() {
        ShopperChat chat = start("en");
        chat.say("I want to talk to a person");

        Map<String, Object> turn = chat.say("my order number is 100234");

        assertThat(turn).containsEntry("state", "QUEUED");
        assertThat(list(turn.get("replies"))).isEmpty();
        List<Map<String, Object>> transcript = chat.messagesAfter(0);
        assertThat(transcript).extracting(m -> m.get("seq")).containsExactly(1, 2, 3, 4);
        assertThat(transcript.get(3)).containsEntry("author", "SHOPPER").containsEntry("text", "my order number is 100234");
        assertThat(chat.messagesAfter(3)).extracting(m -> m.get("seq")).containsExactly(4);
    }

    @Test
    void givenConversation_whenWrittenWithoutItsToken_then401InTheApiErrorFormat() {
        ShopperChat chat = start("en");

        http.post().uri("/api/v1/conversations/{id}/messages", chat.id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "hello"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isEqualTo("unauthorized").jsonPath("$.message").isNotEmpty();
    }

    @Test
    void givenTwoConversations_whenOnesTokenOpensTheOther_then404AndNothingIsRevealed() {
        ShopperChat mine = start("en");
        ShopperChat theirs = start("en");

        http.get().uri("/api/v1/conversations/{id}/messages", theirs.id).header("Authorization", "Bearer " + mine.token)
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").isEqualTo("conversation_not_found");
    }

    @Test
    void givenBlankOrMalformedMessage_whenSent_then400WithAReason() {
        ShopperChat chat = start("en");

        chat.post(Map.of("text", "   ")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_message");
        http.post().uri("/api/v1/conversations/{id}/messages", chat.id).header("Authorization", "Bearer " + chat.token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_request").jsonPath("$.message").isNotEmpty();
        chat.post(Map.of("text", "x".repeat(4001))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.message").value(message -> assertThat((String) message).contains("4000"));
    }

    @Test
    void givenAgentQueue_whenAskedWithoutTheAgentRole_then401Or403() {
        http.get().uri("/api/v1/agent/queue").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isEqualTo("unauthorized");
        http.get().uri("/api/v1/agent/queue").headers(h -> h.setBasicAuth("editor", "editor-pass")).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.error").isEqualTo("forbidden");
        http.get().uri("/api/v1/agent/queue").headers(h -> h.setBasicAuth("agent", "wrong")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void givenUnknownConversationOrRoute_whenCalled_then404InTheApiErrorFormat() {
        http.get().uri("/api/v1/conversations/{id}/messages", "no-such-id").header("Authorization", "Bearer x")
                .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.error").isEqualTo("conversation_not_found");
        http.get().uri("/api/v1/no-such-thing").headers(h -> h.setBasicAuth("agent", "agent-pass"))
                .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.error").isEqualTo("not_found");
    }

    @Test
    void givenRunningApp_whenHealthIsAsked_thenUp() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT);
    }

    private ShopperChat start(String locale) {
        return ShopperChat.start(http, locale);
    }
}
