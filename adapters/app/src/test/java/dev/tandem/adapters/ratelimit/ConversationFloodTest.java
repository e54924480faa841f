package dev.tandem.adapters.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.ShopperChat;
import dev.tandem.adapters.security.EveryDoorServerTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The per-conversation message limit on the running server (per-address limits off, as in a load test): only a
 * conversation opened with its own token gets a bucket, so a flood of made-up ids and tokens leaves nothing behind.
 */
class ConversationFloodTest extends EveryDoorServerTest {

    /**
     * Half to made-up conversations, half with wrong tokens to a real one: 40 of those, more than the 30 messages a
     * minute the real conversation may send, so a wrong token counted against its limit would answer 429, not 404.
     */
    private static final int CALLS = 80;

    @Autowired
    ConversationTurnLimit turnLimit;

    @Test
    void givenMadeUpConversationsAndWrongTokensForARealOne_whenFlooded_thenEach404AndNoBucketIsAdded() {
        // A busy build machine can be slow to answer; the point here is what is remembered, not how fast.
        WebTestClient http = this.http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        ShopperChat real = ShopperChat.start(http, "en");
        long before = turnLimit.conversations();

        for (int i = 0; i < CALLS; i++) {
            String id = i % 2 == 0 ? UUID.randomUUID().toString() : real.id;
            http.post().uri("/api/v1/conversations/{id}/messages", id).header("Authorization", "Bearer made-up-" + i)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "hello")).exchange()
                    .expectStatus().isNotFound();
        }

        assertThat(turnLimit.conversations()).isEqualTo(before);
    }
}
