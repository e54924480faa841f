package dev.tandem.adapters.agent;

import static dev.tandem.adapters.ShopperChat.JSON;
import static dev.tandem.adapters.ShopperChat.list;
import static dev.tandem.adapters.ShopperChat.map;
import static dev.tandem.adapters.Staff.queue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The agent side of API v1 over real HTTP: the desk's actions, what agents see, and who may do what. */
class AgentDeskApiTest extends RunningServerTest {

    private WebClient racer;

    @Test
    void givenHandedOffChat_whenAgentsWorkIt_thenEveryStepReachesTheShopperAndTheChatCanBeRatedAndReopened() {
        ShopperChat shopper = ShopperChat.start(http, "pl");
        shopper.say("chcę porozmawiać z konsultantem w sprawie zamówienia 100234");

        act("anna", shopper.id, "claim").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ASSIGNED").jsonPath("$.assignedAgent").isEqualTo("anna");
        act("agent", shopper.id, "claim").expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.error").isEqualTo("already_claimed");

        Map<String, Object> story = as("anna").get().uri("/api/v1/agent/conversations/{id}", shopper.id).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(story).containsEntry("state", "ASSIGNED").containsEntry("language", "pl")
                .containsEntry("handoffReason", "SHOPPER_REQUEST").containsEntry("assignedAgent", "anna");
        assertThat(list(story.get("orderNumbers"))).asList().containsExactly("100234");
        assertThat(list(story.get("messages"))).anySatisfy(line -> assertThat(line)
                .containsEntry("author", "SHOPPER").containsEntry("intent", "human_agent").containsKey("confidence"));
        // "A person about order 100234" matches no FAQ entry well: only useful suggestions are offered, if any.
        assertThat(list(story.get("suggestions"))).hasSizeLessThanOrEqualTo(3)
                .allSatisfy(suggestion -> assertThat(((Number) map(suggestion).get("score")).doubleValue())
                        .isGreaterThanOrEqualTo(0.55));
        assertThat(list(story.get("canned"))).anySatisfy(reply -> assertThat((String) reply.get("text")).contains("100234"));
        assertThat(analyticsEvents(shopper.id, "VIEWED")).as("the view is in the audit trail").containsExactly("anna");

        as("anna").post().uri("/api/v1/agent/conversations/{id}/messages", shopper.id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "Dzień dobry, tu Anna."))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.author").isEqualTo("AGENT");
        assertThat(list(shopper.say("dziękuję, czekam").get("replies"))).isEmpty();

        act("anna", shopper.id, "release").expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("QUEUED");
        assertThat(queue(http, "anna")).extracting(entry -> entry.get("id")).contains(shopper.id);
        act("anna", shopper.id, "claim").expectStatus().isOk();
        as("anna").post().uri("/api/v1/agent/conversations/{id}/transfer", shopper.id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("agent", "olek"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.assignedAgent").isEqualTo("olek");
        act("olek", shopper.id, "resolve").expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CLOSED");

        shopper.rate(Map.of("score", 5, "comment", "Szybko i konkretnie")).expectStatus().isCreated()
                .expectBody().jsonPath("$.handledBy").isEqualTo("AGENT");
        shopper.rate(Map.of("score", 1)).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.error").isEqualTo("already_rated");

        Map<String, Object> reopened = shopper.say("jakie metody płatności akceptujecie");
        assertThat(reopened).containsEntry("state", "BOT");
        assertThat(list(reopened.get("replies")).get(0)).containsEntry("faqId", "payment-methods");
        assertThat(shopper.messagesAfter(0)).extracting(m -> m.get("author"))
                .contains("SHOPPER", "BOT", "SYSTEM", "AGENT");
    }

    @Test
    void givenTheDemoStore_whenAnAgentLooksUpAnOrder_thenTheWholeOrderIsShownWithoutTheShoppersProof() {
        as("anna").get().uri("/api/v1/agent/orders/100234").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SHIPPED").jsonPath("$.trackingNumber").isEqualTo("TRK-100234")
                .jsonPath("$.email").isEqualTo("demo@example.com");
        as("anna").get().uri("/api/v1/agent/orders/999999").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").isEqualTo("order_not_found");
        as("anna").get().uri("/api/v1/agent/orders/12ab").exchange().expectStatus().isBadRequest();
        as("editor").get().uri("/api/v1/agent/orders/100234").exchange().expectStatus().isForbidden();
    }

    @Test
    void givenQueuedChat_when30ClaimsFromThreeAgentsRace_thenOneAgentHoldsItAndEveryOtherClaimIsAConflict() {
        ShopperChat shopper = ShopperChat.start(http, "en");
        shopper.say("I want to talk to a person");
        List<String> agents = List.of("agent", "anna", "olek");
        racer = WebClient.create("http://localhost:" + port);

        // All at once, ten from each agent: the holder's repeated claims are answered 200, the others' 409.
        List<String> outcomes = Flux.range(0, 30)
                .flatMap(i -> claimAsync(agents.get(i % 3), shopper.id), 30)
                .collectList().block(java.time.Duration.ofSeconds(60));

        List<String> winners = outcomes.stream().filter(o -> o.startsWith("200:")).map(o -> o.substring(4)).distinct().toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.startsWith("409:")).allSatisfy(o -> assertThat(o).doesNotEndWith(winners.get(0)))
                .hasSize(20);
        act(winners.get(0), shopper.id, "resolve").expectStatus().isOk();
    }

    @Test
    void givenAgentActionsThatDoNotFit_whenCalled_thenClearErrorsAndNothingChanges() {
        ShopperChat shopper = ShopperChat.start(http, "en");
        act("anna", shopper.id, "claim").expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.error").isEqualTo("not_queued");
        shopper.say("I want to talk to a person");
        act("anna", shopper.id, "release").expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.error").isEqualTo("not_yours");
        act("anna", "no-such-conversation", "claim").expectStatus().isNotFound();
        act("anna", shopper.id, "claim").expectStatus().isOk();

        as("anna").post().uri("/api/v1/agent/conversations/{id}/transfer", shopper.id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("agent", "olek", "language", "ru"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("invalid_transfer");
        as("anna").post().uri("/api/v1/agent/conversations/{id}/transfer", shopper.id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("agent", "nobody"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.message").value(m ->
                        assertThat((String) m).contains("nobody"));
        as("anna").post().uri("/api/v1/agent/conversations/{id}/messages", shopper.id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", " "))
                .exchange().expectStatus().isBadRequest();
        as("anna").put().uri("/api/v1/agent/presence").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "sleeping")).exchange().expectStatus().isBadRequest();
        as("olek").put().uri("/api/v1/agent/presence").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "offline")).exchange().expectStatus().isOk();
        as("anna").post().uri("/api/v1/agent/conversations/{id}/transfer", shopper.id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("agent", "olek"))
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody()
                .jsonPath("$.error").isEqualTo("agent_offline")
                .jsonPath("$.message").value(m -> assertThat((String) m).contains("olek is offline"));

        as("anna").post().uri("/api/v1/agent/conversations/{id}/transfer", shopper.id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("language", "ru"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("QUEUED");
        assertThat(queue(http, "olek")).anySatisfy(entry -> assertThat(entry)
                .containsEntry("id", shopper.id).containsEntry("language", "ru"));
        assertThat(queue(http, "anna")).noneSatisfy(entry -> assertThat(entry).containsEntry("id", shopper.id));
        act("olek", shopper.id, "claim").expectStatus().isOk();
        act("olek", shopper.id, "return-to-bot").expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("BOT");
    }

    @Test
    void givenAnAgentOnline_whenAShopperIsHandedOff_thenTheReplyCarriesAnHonestWaitEstimate() {
        as("anna").put().uri("/api/v1/agent/presence").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "online")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.presence").isEqualTo("ONLINE").jsonPath("$.capacity").isEqualTo(2)
                .jsonPath("$.languages[0]").isEqualTo("en").jsonPath("$.languages[1]").isEqualTo("pl");
        ShopperChat shopper = ShopperChat.start(http, "en");

        Map<String, Object> turn = shopper.say("I want to talk to a person");

        assertThat(map(turn.get("queue"))).containsKeys("position", "estimatedWaitSeconds");
        assertThat(((Number) map(turn.get("queue")).get("estimatedWaitSeconds")).longValue())
                .as("the measured pick-up time: instant in these tests").isNotNegative();
        act("anna", shopper.id, "claim").expectStatus().isOk();
        act("anna", shopper.id, "resolve").expectStatus().isOk();
    }

    @Test
    void givenEveryCaller_whenReachingAgentRatingAndAnalyticsEndpoints_thenEachGetsExactlyWhatTheirRoleAllows() {
        ShopperChat shopper = ShopperChat.start(http, "en");
        ShopperChat other = ShopperChat.start(http, "en");

        http.get().uri("/api/v1/agent/queue").header("Authorization", "Bearer " + shopper.token).exchange()
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.error").isEqualTo("unauthorized");
        as("editor").post().uri("/api/v1/agent/conversations/{id}/claim", shopper.id).exchange()
                .expectStatus().isForbidden();
        as("agent").get().uri("/api/v1/analytics/summary").exchange().expectStatus().isForbidden();
        http.get().uri("/api/v1/analytics/summary").exchange().expectStatus().isUnauthorized();

        http.post().uri("/api/v1/conversations/{id}/rating", shopper.id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("score", 5)).exchange().expectStatus().isUnauthorized();
        http.post().uri("/api/v1/conversations/{id}/rating", shopper.id).header("Authorization", "Bearer " + other.token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("score", 5)).exchange().expectStatus().isNotFound();
        shopper.rate(Map.of("score", 5)).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.error").isEqualTo("not_ratable");
        shopper.rate(Map.of("score", 9)).expectStatus().isBadRequest();

        for (String reader : List.of("boss", "editor")) {
            Map<String, Object> summary = as(reader).get().uri("/api/v1/analytics/summary?days=7").exchange()
                    .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
            assertThat(summary).containsKeys("conversations", "handedOff", "containmentRate", "handoffsByReason", "csat",
                    "busiestHours", "unanswered", "helpfulVotes");
            assertThat(((Number) summary.get("containmentRate")).doubleValue()).isBetween(0.0, 1.0);
        }
        as("boss").get().uri("/api/v1/analytics/summary?days=0").exchange().expectStatus().isBadRequest();

        shopper.say("please write to me at erase.me@example.com");
        as("agent").get().uri("/api/v1/admin/customers/export?email=erase.me@example.com").exchange().expectStatus().isForbidden();
        http.delete().uri("/api/v1/admin/customers?email=erase.me@example.com").exchange().expectStatus().isUnauthorized();
        as("boss").get().uri("/api/v1/admin/customers/export?email=Erase.Me@example.com").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.conversations[0].id").isEqualTo(shopper.id);
        as("boss").get().uri("/api/v1/admin/customers/export?email=nonsense").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_email");
        as("boss").delete().uri("/api/v1/admin/customers?email=erase.me@example.com").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.conversations").isEqualTo(1);
        http.get().uri("/api/v1/conversations/{id}/messages", shopper.id).header("Authorization", "Bearer " + shopper.token)
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void givenConversationsInSeveralLanguages_whenAgentsListTheQueue_thenEachSeesOnlyTheLanguagesTheySpeak() {
        ShopperChat russian = ShopperChat.start(http, "ru");
        russian.say("хочу поговорить с оператором");
        ShopperChat english = ShopperChat.start(http, "en");
        english.say("I want to talk to a person");

        assertThat(queue(http, "olek")).extracting(entry -> entry.get("id")).contains(russian.id).doesNotContain(english.id);
        assertThat(queue(http, "anna")).extracting(entry -> entry.get("id")).contains(english.id).doesNotContain(russian.id);
        assertThat(queue(http, "agent")).extracting(entry -> entry.get("id")).contains(russian.id, english.id);
        act("olek", russian.id, "claim").expectStatus().isOk();
        act("olek", russian.id, "resolve").expectStatus().isOk();
        act("anna", english.id, "claim").expectStatus().isOk();
        act("anna", english.id, "resolve").expectStatus().isOk();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.r2dbc.core.DatabaseClient db;

    private List<String> analyticsEvents(String conversationId, String kind) {
        return db.sql("SELECT agent FROM conversation_event WHERE conversation_id = :id AND kind = :kind")
                .bind("id", conversationId).bind("kind", kind)
                .map(row -> row.get("agent", String.class)).all().collectList().block();
    }

    private WebTestClient.ResponseSpec act(String agent, String id, String action) {
        return as(agent).post().uri("/api/v1/agent/conversations/{id}/{action}", id, action).exchange();
    }

    /** A claim over a non-blocking client, so the race is as tight as the server lets it be. */
    private Mono<String> claimAsync(String agent, String id) {
        return racer.post().uri("/api/v1/agent/conversations/{id}/claim", id)
                .headers(headers -> headers.setBasicAuth(agent, agent + "-pass"))
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value() + ":" + agent));
    }

}
