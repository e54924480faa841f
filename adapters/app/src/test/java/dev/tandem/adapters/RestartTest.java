package dev.tandem.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Nothing is kept in memory only: a new server on the same data directory has every transcript and queue entry. */
class RestartTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @TempDir
    Path dataDir;

    @Test
    void givenQueuedConversation_whenTheServerRestartsOnTheSameDataDir_thenTranscriptAndQueueEntryAreStillThere() {
        String id;
        String token;
        List<Map<String, Object>> transcriptBefore;
        try (ConfigurableApplicationContext first = startServer()) {
            WebTestClient http = client(first);
            Map<String, Object> started = http.post().uri("/api/v1/conversations").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("locale", "uk")).exchange().expectStatus().isCreated()
                    .expectBody(JSON).returnResult().getResponseBody();
            id = (String) started.get("id");
            token = (String) started.get("token");
            say(http, id, token, "як повернути кросівки");
            say(http, id, token, "хочу поговорити з оператором");
            transcriptBefore = transcript(http, id, token);
        }

        try (ConfigurableApplicationContext second = startServer()) {
            WebTestClient http = client(second);

            assertThat(transcript(http, id, token)).isEqualTo(transcriptBefore).hasSizeGreaterThanOrEqualTo(4);
            Map<String, Object> queue = http.get().uri("/api/v1/agent/queue").headers(h -> h.setBasicAuth("agent", "pw"))
                    .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
            assertThat(list(queue.get("conversations"))).singleElement().satisfies(entry -> assertThat(entry)
                    .containsEntry("id", id).containsEntry("language", "uk").containsEntry("handoffReason", "SHOPPER_REQUEST")
                    .containsEntry("summary", "як повернути кросівки"));
        }
    }

    private ConfigurableApplicationContext startServer() {
        return new SpringApplicationBuilder(TandemApplication.class).run(
                "--server.port=0", "--tandem.data-dir=" + ModelCacheWarmup.warm(dataDir),
                "--tandem.users[0].name=agent", "--tandem.users[0].password={noop}pw", "--tandem.users[0].roles=AGENT");
    }

    private static WebTestClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private static void say(WebTestClient http, String id, String token, String text) {
        http.post().uri("/api/v1/conversations/{id}/messages", id).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text))
                .exchange().expectStatus().isOk();
    }

    private static List<Map<String, Object>> transcript(WebTestClient http, String id, String token) {
        Map<String, Object> body = http.get().uri("/api/v1/conversations/{id}/messages", id)
                .header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        return list(body.get("messages"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object json) {
        return (List<Map<String, Object>>) json;
    }
}
