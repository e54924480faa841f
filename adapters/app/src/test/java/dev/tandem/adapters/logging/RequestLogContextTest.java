package dev.tandem.adapters.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

/**
 * A line logged while a request is served carries its request id and conversation id, although the request
 * finishes on another thread than it started on (here: the access line, written once the turn is saved).
 */
class RequestLogContextTest extends RunningServerTest {

    private final Logger accessLog = (Logger) LoggerFactory.getLogger(RequestLogContext.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void listen() {
        levelBefore = accessLog.getLevel();
        accessLog.setLevel(Level.DEBUG);
        lines.start();
        accessLog.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        accessLog.detachAppender(lines);
        accessLog.setLevel(levelBefore);
    }

    /** A copy taken under the appender's lock: requests still finishing on other threads keep appending. */
    private List<ILoggingEvent> linesSoFar() {
        synchronized (lines) {
            return List.copyOf(lines.list);
        }
    }

    /**
     * The lines so far, once one of them is the awaited one (within ten seconds): an access line is written once the
     * response completes, which can be just after the client has read it.
     */
    private List<ILoggingEvent> linesOnceWritten(Predicate<ILoggingEvent> awaited) {
        return await("the awaited access line").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(this::linesSoFar, lines -> lines.stream().anyMatch(awaited));
    }

    @Test
    void givenAShopperTurn_whenServed_thenItsLineCarriesTheRequestAndConversationIdsTheAnswerNames() {
        ShopperChat chat = ShopperChat.start(http, "en");

        String requestId = chat.post(Map.of("text", "how long does delivery take")).expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(requestId).isNotBlank();
        Predicate<ILoggingEvent> answeredTurn = line -> line.getFormattedMessage().contains("/messages answered 200");
        assertThat(linesOnceWritten(answeredTurn)).filteredOn(answeredTurn).singleElement()
                .satisfies(line -> assertThat(line.getMDCPropertyMap())
                        .containsEntry("requestId", requestId).containsEntry("conversationId", chat.id));
    }

    @Test
    void givenTheLoadBalancersRequestId_whenServed_thenItIsKeptAndAForgedOneIsReplaced() {
        http.post().uri("/api/v1/conversations").header("X-Request-Id", "nginx-4f1d9a").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("locale", "pl")).exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("X-Request-Id", "nginx-4f1d9a");
        http.post().uri("/api/v1/conversations").header("X-Request-Id", "<script> forged line")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("locale", "pl")).exchange()
                .expectStatus().isCreated()
                .expectHeader().value("X-Request-Id", id -> assertThat(id).doesNotContain("forged").isNotBlank());

        assertThat(linesOnceWritten(line -> "nginx-4f1d9a".equals(line.getMDCPropertyMap().get("requestId"))))
                .anySatisfy(line -> assertThat(line.getMDCPropertyMap())
                        .containsEntry("requestId", "nginx-4f1d9a").doesNotContainKey("conversationId"));
    }
}
