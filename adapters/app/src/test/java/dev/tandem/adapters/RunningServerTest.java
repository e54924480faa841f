package dev.tandem.adapters;

import dev.tandem.bot.team.AgentPresence;
import dev.tandem.bot.team.Presence;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole application on a random port with the demo shop, three agents (agent: every language; anna:
 * en+pl, two chats at once, shown to shoppers as "Anna"; olek: ru+uk), an editor and an admin, talked to over
 * real HTTP. Test classes extending it share one running server (Spring caches the context), so every class starts
 * at a {@link FreshDesk} (the agents online, holding no chat) and every test with the three agents online: what one
 * test class did to their presence (away, offline) or their capacity must not decide another's outcome. A test that
 * needs an agent away or offline says so itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "tandem.users[0].name=agent", "tandem.users[0].password={noop}agent-pass", "tandem.users[0].roles=AGENT",
    "tandem.users[1].name=editor", "tandem.users[1].password={noop}editor-pass", "tandem.users[1].roles=EDITOR",
    "tandem.users[2].name=anna", "tandem.users[2].password={noop}anna-pass", "tandem.users[2].roles=AGENT",
    "tandem.users[2].languages=en,pl", "tandem.users[2].capacity=2", "tandem.users[2].display-name=Anna",
    "tandem.users[2].avatar-url=https://shop.example/team/anna.png",
    "tandem.users[3].name=olek", "tandem.users[3].password={noop}olek-pass", "tandem.users[3].roles=AGENT",
    "tandem.users[3].languages=ru,uk",
    "tandem.users[4].name=boss", "tandem.users[4].password={noop}boss-pass", "tandem.users[4].roles=ADMIN",
    // Every test talks from 127.0.0.1: per-address limits are tested on their own (ShopperRateLimitFilterTest).
    "tandem.rate-limit.per-ip=false"})
public abstract class RunningServerTest {

    /** One directory for the JVM: see {@link ModelCacheWarmup#newDataDir}. */
    private static final Path DATA_DIR = ModelCacheWarmup.newDataDir("tandem-api-test");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("tandem.data-dir", DATA_DIR::toString);
    }

    @LocalServerPort
    protected int port;

    protected WebTestClient http;

    @Autowired
    private AgentPresence presence;

    @BeforeAll
    static void aFreshDesk(@Value("${local.server.port}") int port) {
        FreshDesk.prepare(port, "agent", "anna", "olek");
    }

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** The client signed in as one of the staff accounts above ({@link Staff#as}). */
    protected WebTestClient as(String user) {
        return Staff.as(http, user);
    }

    @BeforeEach
    void everyAgentAtTheirDesk() {
        List.of("agent", "anna", "olek").forEach(agent -> presence.set(agent, Presence.ONLINE, Instant.now()));
    }
}
