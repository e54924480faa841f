package dev.tandem.adapters.reliability;

import static dev.tandem.adapters.ShopperChat.JSON;
import static dev.tandem.adapters.Staff.queue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.ShopperChat;
import dev.tandem.adapters.security.EveryDoorServerTest;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;

/**
 * An agent's browser disappears (tab closed, laptop shut): their chats go back to the queue once the grace
 * period (here 2 s, so the queue is swept every second) has passed, so no shopper waits on someone who is gone;
 * while the console is connected, their chats stay theirs however long that is.
 */
class AbsentAgentTest extends EveryDoorServerTest {

    @Test
    void givenAnAgentHoldingAChat_whenTheirConsoleDisconnectsForLongerThanTheGrace_thenTheChatIsQueuedAgain()
            throws InterruptedException {
        ShopperChat shopper = ShopperChat.start(http, "en");
        shopper.say("I want to talk to a human agent");
        HttpHeaders absent = new HttpHeaders();
        absent.setBasicAuth("absent", "absent-pass");

        CountDownLatch online = new CountDownLatch(1);
        Disposable console = new ReactorNettyWebSocketClient().execute(
                URI.create("ws://localhost:" + port + "/api/v1/agent/stream"), absent,
                session -> session.receive().doOnNext(frame -> online.countDown()).then()).subscribe();
        try {
            assertThat(online.await(10, TimeUnit.SECONDS)).as("the console connected").isTrue();
            claim(shopper.id);
            Thread.sleep(3_000); // past the grace, with two sweeps or more
            assertThat(state(shopper.id)).as("still held while the console is connected, past the grace")
                    .isEqualTo("ASSIGNED");
        } finally {
            console.dispose();
        }

        await("back in the queue after the grace").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> state(shopper.id), "QUEUED"::equals);
        assertThat(queue(http, "agent")).filteredOn(entry -> shopper.id.equals(entry.get("id"))).hasSize(1);
    }

    private void claim(String id) {
        http.post().uri("/api/v1/agent/conversations/{id}/claim", id).headers(h -> h.setBasicAuth("absent", "absent-pass"))
                .exchange().expectStatus().isOk();
    }

    private String state(String id) {
        Map<String, Object> conversation = http.get().uri("/api/v1/agent/conversations/{id}", id)
                .headers(h -> h.setBasicAuth("agent", "agent-pass"))
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        return (String) conversation.get("state");
    }
}
