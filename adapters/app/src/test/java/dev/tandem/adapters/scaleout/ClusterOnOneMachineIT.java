package dev.tandem.adapters.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.ModelCacheWarmup;
import dev.tandem.adapters.ShopperChat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

/**
 * {@code scripts/cluster.sh} run as an operator runs it: Debian's PostgreSQL, two nodes from the packaged jar and
 * nginx in front, on loopback ports of their own. A conversation goes through nginx, an agent on the other node
 * takes it, and the shopper sees the reply live; then PostgreSQL restarts under the running nodes. An integration
 * test (Failsafe, after {@code package}): it needs {@code adapters/target/tandem.jar}, and apt for the packages
 * when they are missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterOnOneMachineIT {

    private static final Path SCRIPT = Path.of("..", "..", "scripts", "cluster.sh").toAbsolutePath().normalize();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Path dir = Path.of(System.getProperty("java.io.tmpdir"), "tandem-cluster-" + System.nanoTime());
    private final int lbPort = freePort();
    private final int node1Port = freePort();
    private final int node2Port = freePort();
    private final int pgPort = freePort();
    private WebTestClient nginx;
    private ShopperChat chat;
    private int home;
    private int other;
    private LiveSocket stream;
    private final List<String> acknowledged = new ArrayList<>();

    @BeforeAll
    void startTheCluster() throws IOException {
        // Nodes start from the intent model the build's tests trained, when there is one.
        ModelCacheWarmup.warm(Files.createDirectories(dir.resolve("node1")));
        ModelCacheWarmup.warm(Files.createDirectories(dir.resolve("node2")));
        cluster("start");
        nginx = client(lbPort);
    }

    @AfterAll
    void stopTheCluster() {
        if (stream != null) {
            stream.close();
        }
        cluster("stop");
        // The database files are the bulk; the logs stay for a look after a failure.
        FileSystemUtils.deleteRecursively(dir.resolve("pg").toFile());
    }

    @Test
    @Order(1)
    void givenAConversationThroughNginx_whenAnAgentOnTheOtherNodeTakesIt_thenTheShopperSeesTheReplyLive() {
        chat = ShopperChat.start(nginx, "en");
        EntityExchangeResult<Map<String, Object>> handoff = chat.post(Map.of("text", "I want to talk to a person"))
                .expectStatus().isOk().expectBody(ShopperChat.JSON).returnResult();
        assertThat(handoff.getResponseBody()).containsEntry("state", "QUEUED");
        acknowledged.add("I want to talk to a person");
        home = upstreamPort(handoff.getResponseHeaders().getFirst("X-Upstream"));
        other = home == node1Port ? node2Port : node1Port;
        stream = streamThroughNginxOn(home);

        client(other).post().uri("/api/v1/agent/conversations/{id}/claim", chat.id)
                .headers(headers -> headers.setBasicAuth("marta", "marta-pass")).exchange().expectStatus().isOk();
        reply("Hi, Marta here. How can I help?");

        assertThat(LiveSocket.text(stream.next(frame -> LiveSocket.isMessage(frame)
                && "AGENT".equals(LiveSocket.author(frame))))).isEqualTo("Hi, Marta here. How can I help?");
    }

    @Test
    @Order(2)
    void givenTheConversationGoingOn_whenPostgresRestarts_thenBothNodesServeAgainNothingAcknowledgedIsLostAndLiveEventsCrossAgain()
            throws IOException {
        say("My parcel 100234 has not arrived");
        reply("Let me check the carrier.");
        long listensBefore = listenedAgain(home);

        cluster("restart-db");

        // Every pooled connection died with the restart: the first requests on each node pass them over.
        for (int port : new int[] {home, other}) {
            client(port).get().uri("/api/v1/conversations/{id}/messages", chat.id)
                    .header("Authorization", "Bearer " + chat.token).exchange().expectStatus().isOk();
        }
        say("Is it lost?");
        List<String> transcript = chat.messagesAfter(0).stream().map(message -> (String) message.get("text")).toList();
        assertThat(transcript).containsAll(acknowledged);

        // The home node LISTENs again; the agent's next reply, written on the other node, reaches the stream live.
        await("the home node listening again").atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> listenedAgain(home) > listensBefore);
        reply("It is not lost: it arrives tomorrow.");
        assertThat(LiveSocket.text(stream.next(frame -> LiveSocket.isMessage(frame)
                && "It is not lost: it arrives tomorrow.".equals(LiveSocket.text(frame)))))
                .isEqualTo("It is not lost: it arrives tomorrow.");
    }

    private void say(String text) {
        chat.post(Map.of("text", text)).expectStatus().isOk();
        acknowledged.add(text);
    }

    private void reply(String text) {
        client(other).post().uri("/api/v1/agent/conversations/{id}/messages", chat.id)
                .headers(headers -> headers.setBasicAuth("marta", "marta-pass"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text))
                .exchange().expectStatus().isOk();
        acknowledged.add(text);
    }

    /** nginx hands connections round the nodes in turn: a second try lands on the other one. */
    private LiveSocket streamThroughNginxOn(int port) {
        for (int attempt = 0; attempt < 4; attempt++) {
            LiveSocket socket = LiveSocket.shopper("ws://127.0.0.1:" + lbPort, chat, 0);
            if (upstreamPort(socket.handshakeHeader("X-Upstream")) == port) {
                return socket;
            }
            socket.close();
        }
        throw new AssertionError("nginx never sent the stream to 127.0.0.1:" + port);
    }

    /** How often the node has said it LISTENs again after losing its notification connection. */
    private long listenedAgain(int port) throws IOException {
        Path log = dir.resolve(port == node1Port ? "node1.log" : "node2.log");
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("Listening again on PostgreSQL channel")).count();
        }
    }

    private static int upstreamPort(String upstream) {
        assertThat(upstream).as("X-Upstream from nginx").isNotNull();
        return Integer.parseInt(upstream.substring(upstream.lastIndexOf(':') + 1));
    }

    private static WebTestClient client(int port) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    private void cluster(String command) {
        ProcessBuilder process = new ProcessBuilder("bash", SCRIPT.toString(), command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("cluster.log").toFile()));
        process.environment().putAll(Map.of("TANDEM_CLUSTER_DIR", dir.toString(), "LB_PORT", Integer.toString(lbPort),
                "NODE1_PORT", Integer.toString(node1Port), "NODE2_PORT", Integer.toString(node2Port),
                "PG_PORT", Integer.toString(pgPort), "JAVA_OPTS", "-Xmx384m -XX:TieredStopAtLevel=1"));
        try {
            Files.createDirectories(dir);
            Process running = process.start();
            if (!running.waitFor(10, TimeUnit.MINUTES)) {
                running.destroyForcibly();
                throw new AssertionError("cluster.sh " + command + " did not finish; see " + dir.resolve("cluster.log"));
            }
            assertThat(running.exitValue()).as("cluster.sh %s exit code (see %s)", command, dir.resolve("cluster.log")).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
