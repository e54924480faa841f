package dev.tandem.adapters;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The staff side of the test servers over HTTP: each account signs in with the password {@code <name>-pass}. */
public final class Staff {

    private Staff() {
    }

    /**
     * The client signed in as this agent, editor or admin (HTTP Basic), with a minute's patience: on a busy machine a
     * staff call may wait behind the first turns that load the model.
     */
    public static WebTestClient as(WebTestClient http, String name) {
        return http.mutate().responseTimeout(Duration.ofSeconds(60))
                .defaultHeaders(headers -> headers.setBasicAuth(name, password(name))).build();
    }

    /** The conversations waiting in this agent's queue, as the console lists them. */
    public static List<Map<String, Object>> queue(WebTestClient http, String agent) {
        return ShopperChat.list(as(http, agent).get().uri("/api/v1/agent/queue").exchange().expectStatus().isOk()
                .expectBody(ShopperChat.JSON).returnResult().getResponseBody().get("conversations"));
    }

    /** A conversation as this agent sees it: the transcript with what the bot understood, the customer. */
    public static Map<String, Object> conversation(WebTestClient http, String agent, String id) {
        return as(http, agent).get().uri("/api/v1/agent/conversations/{id}", id).exchange().expectStatus().isOk()
                .expectBody(ShopperChat.JSON).returnResult().getResponseBody();
    }

    /** The agent takes the chat from the queue and writes to its shopper. */
    public static void claimAndReply(WebTestClient http, String agent, String id, String text) {
        as(http, agent).post().uri("/api/v1/agent/conversations/{id}/claim", id).exchange().expectStatus().isOk();
        as(http, agent).post().uri("/api/v1/agent/conversations/{id}/messages", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", text)).exchange().expectStatus().isOk();
    }

    public static String password(String name) {
        return name + "-pass";
    }
}
