package dev.tandem.adapters.security;

import dev.tandem.adapters.FreshDesk;
import dev.tandem.adapters.ModelCacheWarmup;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole application with every door it can have open: the staff accounts of each role, and the Telegram
 * webhook switched on (its Bot API calls go to a closed local port and fail, which chat must survive). The
 * security tests share this one server (Spring caches the context); each class starts at a {@link FreshDesk} for
 * the agents that take chats ({@code guessed}, {@code formguessed} and {@code forgetful} only sign in, and may be
 * locked out by the sign-in tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "tandem.users[0].name=agent", "tandem.users[0].password={noop}agent-pass", "tandem.users[0].roles=AGENT",
    "tandem.users[0].capacity=1000",
    "tandem.users[1].name=editor", "tandem.users[1].password={noop}editor-pass", "tandem.users[1].roles=EDITOR",
    "tandem.users[2].name=boss", "tandem.users[2].password={noop}boss-pass", "tandem.users[2].roles=ADMIN",
    "tandem.users[3].name=agent2", "tandem.users[3].password={noop}agent2-pass", "tandem.users[3].roles=AGENT",
    "tandem.users[4].name=guessed", "tandem.users[4].password={noop}guessed-pass", "tandem.users[4].roles=AGENT",
    "tandem.users[5].name=formguessed", "tandem.users[5].password={noop}formguessed-pass", "tandem.users[5].roles=AGENT",
    "tandem.security.frame-ancestors='self' https://shop.example.com",
    "tandem.security.allowed-origins=https://console.example.com",
    "tandem.users[6].name=absent", "tandem.users[6].password={noop}absent-pass", "tandem.users[6].roles=AGENT",
    "tandem.users[7].name=forgetful", "tandem.users[7].password={noop}forgetful-pass", "tandem.users[7].roles=AGENT",
    "tandem.queue.offline-grace=2s",
    "tandem.stream.idle-timeout=3s", "tandem.stream.ping-interval=1s",
    "tandem.rate-limit.per-ip=false",
    "tandem.telegram.enabled=true", "tandem.telegram.bot-token=123456:TEST",
    "tandem.telegram.webhook-secret=" + EveryDoorServerTest.TELEGRAM_SECRET,
    "tandem.telegram.api-base-url=http://127.0.0.1:9", "tandem.telegram.retries=0", "tandem.telegram.timeout=1s"})
public abstract class EveryDoorServerTest {

    public static final String TELEGRAM_SECRET = "hostile-test-secret";

    private static final Path DATA_DIR = ModelCacheWarmup.newDataDir("tandem-every-door");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("tandem.data-dir", DATA_DIR::toString);
    }

    @LocalServerPort
    protected int port;

    protected WebTestClient http;

    @BeforeAll
    static void aFreshDesk(@Value("${local.server.port}") int port) {
        FreshDesk.prepare(port, "agent", "agent2", "absent");
    }

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build();
    }
}
