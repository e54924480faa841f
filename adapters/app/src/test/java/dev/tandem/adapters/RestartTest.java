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
import org.springframework.test.web.reactive.server.WebTestClient;

/** Nothing is kept in memory only: a new server on the same data directory has every transcript and queue entry. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void givenQueuedConversation_whenTheServerRestartsOnTheSameDataDir_thenTranscriptAndQueueEntryAreStillThere() {
        ShopperChat chat;
        List<Map<String, Object>> transcriptBefore;
        try (ConfigurableApplicationContext first = startServer()) {
            chat = ShopperChat.start(client(first), "uk");
            chat.say("як повернути кросівки");
            chat.say("хочу поговорити з оператором");
            transcriptBefore = chat.messagesAfter(0);
        }

        try (ConfigurableApplicationContext second = startServer()) {
            WebTestClient http = client(second);

            assertThat(ShopperChat.resume(http, chat).messagesAfter(0)).isEqualTo(transcriptBefore)
                    .hasSizeGreaterThanOrEqualTo(4);
            Map<String, Object> queue = http.get().uri("/api/v1/agent/queue").headers(h -> h.setBasicAuth("agent", "pw"))
                    .exchange().expectStatus().isOk().expectBody(ShopperChat.JSON).returnResult().getResponseBody();
            assertThat(ShopperChat.list(queue.get("conversations"))).singleElement().satisfies(entry -> assertThat(entry)
                    .containsEntry("id", chat.id).containsEntry("language", "uk")
                    .containsEntry("handoffReason", "SHOPPER_REQUEST").containsEntry("summary", "як повернути кросівки"));
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
}
