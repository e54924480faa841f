package dev.tandem.adapters.learning;

import static dev.tandem.adapters.ShopperChat.JSON;
import static dev.tandem.adapters.ShopperChat.list;
import static dev.tandem.adapters.ShopperChat.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The learning loop over real HTTP: a question the bot could not answer and the agent's reply to it reach the
 * editor masked, grouped and with a state; decisions count in the weekly progress.
 */
class LearningApiTest extends RunningServerTest {

    private static final String QUESTION = "do orange giraffes swim on fridays? write to zofia.nowak@example.com";
    private static final String MASKED = "do orange giraffes swim on fridays? write to z***@example.com";
    private static final String REPLY = "Giraffes do not swim, but our orange beach towels ship within 2 working days.";

    /** A cold server under a shared machine's load may take seconds for a first turn. */
    @BeforeEach
    void patientClient() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    private Map<String, Object> items(String state) {
        return as("editor").get().uri("/api/v1/editor/learning/items?days=1&state={state}", state).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    private static Optional<Map<String, Object>> questionGroup(Map<String, Object> items, String text) {
        return list(items.get("unanswered")).stream().flatMap(group -> list(group.get("questions")).stream())
                .filter(question -> question.get("text").equals(text)).findFirst();
    }

    private static Optional<Map<String, Object>> agentAnswer(Map<String, Object> items, String reply) {
        return list(items.get("agentAnswers")).stream().filter(answer -> answer.get("reply").equals(reply)).findFirst();
    }

    private WebTestClient.ResponseSpec decide(Map<String, Object> decision) {
        return as("editor").post().uri("/api/v1/editor/learning/items/decision").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(decision).exchange();
    }

    @Test
    void givenAQuestionTheBotHandedOffAndAnAgentAnswered_whenAnEditorWorksTheLoop_thenBothAreOfferedMaskedAndCountedOnceDecided() {
        ShopperChat shopper = ShopperChat.start(http, "en");
        shopper.say(QUESTION);
        assertThat(shopper.say(QUESTION)).containsEntry("state", "QUEUED");
        as("agent").post().uri("/api/v1/agent/conversations/{id}/claim", shopper.id).exchange().expectStatus().isOk();
        for (String text : List.of("Hello, Agent here.", REPLY)) {
            as("agent").post().uri("/api/v1/agent/conversations/{id}/messages", shopper.id)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text)).exchange().expectStatus().isOk();
        }
        as("agent").post().uri("/api/v1/agent/conversations/{id}/resolve", shopper.id).exchange().expectStatus().isOk();

        Map<String, Object> open = items("open");
        Map<String, Object> question = questionGroup(open, MASKED).orElseThrow();
        assertThat(question).containsEntry("language", "en").containsEntry("count", 2).containsEntry("handedOff", 1);
        assertThat(open.toString()).doesNotContain("zofia.nowak");
        assertThat(list(open.get("unanswered"))).allSatisfy(group -> assertThat(group).containsKeys("count", "questions"));
        Map<String, Object> answer = agentAnswer(open, REPLY).orElseThrow();
        assertThat(answer).containsEntry("question", MASKED).containsEntry("agent", "agent").containsEntry("state", "open");
        assertThat(map(answer.get("offer"))).containsEntry("kind", "draft-faq").containsEntry("answer", REPLY);

        decide(Map.of("items", question.get("items"), "state", "dismissed")).expectStatus().isNoContent();
        decide(Map.of("items", List.of(answer.get("id")), "state", "closed", "action", "new-faq"))
                .expectStatus().isNoContent();

        assertThat(questionGroup(items("open"), MASKED)).isEmpty();
        assertThat(agentAnswer(items("open"), REPLY)).isEmpty();
        assertThat(questionGroup(items("dismissed"), MASKED)).isPresent();
        assertThat(agentAnswer(items("closed"), REPLY)).isPresent();
        List<Map<String, Object>> weeks = list(as("editor").get().uri("/api/v1/analytics/learning?weeks=2").exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody().get("weeks"));
        assertThat(weeks).hasSize(2);
        Map<String, Object> thisWeek = weeks.get(1);
        assertThat(((Number) thisWeek.get("closed")).longValue()).isPositive();
        assertThat(((Number) thisWeek.get("dismissed")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(((Number) thisWeek.get("unanswered")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat((Double) thisWeek.get("answeredShare")).isBetween(0.0, 1.0);

        decide(Map.of("items", question.get("items"), "state", "open")).expectStatus().isNoContent();
        assertThat(questionGroup(items("open"), MASKED)).isPresent();
    }

    @Test
    void givenBadDecisions_whenPosted_thenAClear4xxAndNothingChanges() {
        decide(Map.of("items", List.of(), "state", "dismissed")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_items");
        decide(Map.of("items", List.of(1), "state", "archived")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_state");
        decide(Map.of("items", List.of(1), "state", "closed", "action", "magic")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_action");
        decide(Map.of("items", List.of(Long.MAX_VALUE), "state", "dismissed")).expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").isEqualTo("item_not_found");
        as("editor").get().uri("/api/v1/editor/learning/items?state=maybe").exchange().expectStatus().isBadRequest();
        as("editor").get().uri("/api/v1/analytics/learning?weeks=0").exchange().expectStatus().isBadRequest();
    }

    @Test
    void givenSomeoneWhoIsNotAnEditor_whenAskingForLearningItems_then401Or403() {
        http.get().uri("/api/v1/editor/learning/items").exchange().expectStatus().isUnauthorized();
        as("agent").get().uri("/api/v1/editor/learning/items").exchange().expectStatus().isForbidden();
        as("boss").get().uri("/api/v1/analytics/learning").exchange().expectStatus().isOk();
    }
}
