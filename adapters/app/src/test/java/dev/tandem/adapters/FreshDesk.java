package dev.tandem.adapters;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The desk a test class finds on a server it shares with other classes (Spring caches the context): the named
 * agents online and holding no chat, whatever the classes before it left (an agent set away or offline, chats
 * claimed and never resolved, which fill a small capacity). Agents sign in with {@code <name>-pass}.
 */
public final class FreshDesk {

    private FreshDesk() {
    }

    public static void prepare(int port, String... agents) {
        // The first calls after a server starts may wait for it to finish warming up on a busy machine.
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        for (String agent : agents) {
            WebTestClient asAgent = Staff.as(http, agent);
            asAgent.put().uri("/api/v1/agent/presence").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("status", "online")).exchange().expectStatus().isOk();
            List<Map<String, Object>> held = ShopperChat.list(asAgent.get().uri("/api/v1/agent/inbox?view=mine")
                    .exchange().expectStatus().isOk().expectBody(ShopperChat.JSON).returnResult().getResponseBody()
                    .get("conversations"));
            held.forEach(chat -> asAgent.post().uri("/api/v1/agent/conversations/{id}/resolve", chat.get("id"))
                    .exchange().expectStatus().isOk());
        }
    }
}
