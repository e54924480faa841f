package dev.tandem.adapters;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One shopper's side of a conversation over the real HTTP API. */
public final class ShopperChat {

    public static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final WebTestClient http;
    public final String id;
    public final String token;

    private ShopperChat(WebTestClient http, String id, String token) {
        this.http = http;
        this.id = id;
        this.token = token;
    }

    /** The same conversation through another client: another node behind the load balancer. */
    public static ShopperChat resume(WebTestClient http, ShopperChat chat) {
        return new ShopperChat(http, chat.id, chat.token);
    }

    public static ShopperChat start(WebTestClient http, String locale) {
        Map<String, Object> started = http.post().uri("/api/v1/conversations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("locale", locale))
                .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        return new ShopperChat(http, (String) started.get("id"), (String) started.get("token"));
    }

    public WebTestClient.ResponseSpec post(Map<String, Object> body) {
        return http.post().uri("/api/v1/conversations/{id}/messages", id).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** A message body exactly as these bytes, for what a JSON library would not write. */
    public WebTestClient.ResponseSpec postRaw(byte[] body) {
        return http.post().uri("/api/v1/conversations/{id}/messages", id).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public Map<String, Object> say(String text) {
        return post(Map.of("text", text)).expectStatus().isEqualTo(HttpStatus.OK)
                .expectBody(JSON).returnResult().getResponseBody();
    }

    public WebTestClient.ResponseSpec rate(Map<String, Object> body) {
        return http.post().uri("/api/v1/conversations/{id}/rating", id).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public List<Map<String, Object>> messagesAfter(long after) {
        Map<String, Object> body = http.get().uri("/api/v1/conversations/{id}/messages?after={after}", id, after)
                .header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        return list(body.get("messages"));
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Object json) {
        return (List<Map<String, Object>>) json;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }
}
