package dev.tandem.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tandem.adapters.ModelCacheWarmup;
import dev.tandem.adapters.RawHttp;
import dev.tandem.adapters.ShopperChat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Clients that hold a connection without finishing a request — headers one line at a time, a body shorter than
 * its Content-Length, nothing at all — are cut off after the configured times; a client that gives up halfway
 * through its body is routine, not a server error. Raw sockets, so the bytes are exactly the attacker's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "server.netty.idle-timeout=2s", "tandem.http.body-timeout=2s", "tandem.rate-limit.per-ip=false"})
class SlowAndVanishingClientsTest {

    private static final Path DATA_DIR = ModelCacheWarmup.newDataDir("tandem-slow-clients");
    /** Well past the 2 s limits, well short of "held forever". */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /**
     * After the last hang-up: the 2 s body limit and a second more. Whatever the server would log about a request
     * that lost its client, it logs by then: the hang-up itself is seen at once, the body limit is the latest.
     */
    private static final Duration QUIET = Duration.ofSeconds(3);

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("tandem.data-dir", DATA_DIR::toString);
    }

    @LocalServerPort
    int port;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        root().addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        root().detachAppender(logged);
    }

    @Test
    void givenAClientSendingOneHeaderLineEveryHalfSecond_whenItNeverEndsItsHeaders_thenTheServerClosesTheConnection() throws Exception {
        try (RawHttp client = RawHttp.connect(port)) {
            client.send("POST /api/v1/conversations HTTP/1.1\r\nHost: localhost\r\n");
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            boolean closed = false;
            for (int line = 0; !closed && System.nanoTime() < deadline; line++) {
                try {
                    client.send("X-Slow-" + line + ": still here\r\n");
                } catch (IOException reset) {
                    closed = true;
                    break;
                }
                Thread.sleep(250);
                closed = client.closedByServer();
            }

            assertThat(closed).as("the connection is closed although a header line keeps arriving").isTrue();
        }
    }

    @Test
    void givenABodyShorterThanItsContentLength_whenTheClientWaits_thenTheServerClosesTheConnection() throws Exception {
        ShopperChat chat = ShopperChat.start(http(), "en");
        try (RawHttp client = RawHttp.connect(port)) {
            client.send("POST /api/v1/conversations/" + chat.id + "/messages HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + chat.token + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"text\":\"wh");

            await("the server closing the connection").atMost(PATIENCE).until(client::closedByServer);
        }
    }

    @Test
    void givenAConnectionThatNeverSendsAByte_whenIdle_thenTheServerClosesIt() throws Exception {
        try (RawHttp client = RawHttp.connect(port)) {
            await("the server closing the connection").atMost(PATIENCE).until(client::closedByServer);
        }
    }

    @Test
    void givenAClientThatDisconnectsHalfwayThroughItsBody_whenTheServerNotices_thenNothingIsLoggedAsAnErrorOrWarning() throws Exception {
        ShopperChat chat = ShopperChat.start(http(), "en");
        for (int i = 0; i < 5; i++) {
            try (RawHttp client = RawHttp.connect(port)) {
                client.send("POST /api/v1/conversations/" + chat.id + "/messages HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + chat.token + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"text\":\"where is my");
                Thread.sleep(200);
            }
        }
        // The server notices each hang-up on its own time: give it a while to log anything it would.
        await("nothing logged as an error or warning").during(QUIET).atMost(QUIET.plusSeconds(1))
                .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(warnings()).isEmpty());
    }

    /**
     * Warnings from anything but the content reloader: other servers of this build, kept by Spring's context
     * cache, reload their content on their own schedule into the same log, and that has nothing to do with clients.
     */
    private List<String> warnings() {
        List<ILoggingEvent> soFar;
        synchronized (logged) { // the appender's own lock: other threads keep appending
            soFar = List.copyOf(logged.list);
        }
        return soFar.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .filter(event -> !event.getLoggerName().startsWith("dev.tandem.adapters.content."))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60)).build();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
