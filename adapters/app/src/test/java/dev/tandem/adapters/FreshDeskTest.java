package dev.tandem.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** What one test class leaves at the shared desk does not reach the next class on the same server. */
class FreshDeskTest extends RunningServerTest {

    @Test
    void givenAnnaAtCapacityAndOlekOffline_whenTheNextClassStarts_thenBothAreOnlineAndAnnaHoldsNothing() {
        for (int i = 0; i < 2; i++) {
            ShopperChat shopper = ShopperChat.start(http, "en");
            shopper.say("I want to talk to a person");
            as("anna").post().uri("/api/v1/agent/conversations/{id}/claim", shopper.id).exchange().expectStatus().isOk();
        }
        as("olek").put().uri("/api/v1/agent/presence").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "offline")).exchange().expectStatus().isOk();
        assertThat(me("anna")).containsEntry("load", 2);
        assertThat(me("olek")).containsEntry("presence", "OFFLINE");

        FreshDesk.prepare(port, "agent", "anna", "olek");

        assertThat(me("anna")).containsEntry("load", 0).containsEntry("presence", "ONLINE");
        assertThat(me("olek")).containsEntry("load", 0).containsEntry("presence", "ONLINE");
    }

    private Map<String, Object> me(String agent) {
        return as(agent).get().uri("/api/v1/agent/me").exchange().expectStatus().isOk().expectBody(ShopperChat.JSON)
                .returnResult().getResponseBody();
    }
}
