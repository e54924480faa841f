package dev.tandem.adapters.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.ModelCacheWarmup;
import dev.tandem.adapters.TandemApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing acknowledged is lost when the server is killed. The server runs as a separate process (a child JVM
 * on this test's classpath); shoppers chat with it concurrently over HTTP, some ask for a person and an agent
 * claims some of those and replies; mid-load the process is killed with SIGKILL ({@code destroyForcibly}), and
 * a new one starts on the same data directory. Then every message that was answered 2xx before the kill is in
 * its transcript exactly once and in the order its writer sent it, and every conversation acknowledged as queued
 * or assigned is still there, exactly once.
 */
class CrashTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int SHOPPERS = 6;
    private static final int ACKS_BEFORE_KILL = 60;
    private static final String AGENT_AUTH = "Basic " + Base64.getEncoder().encodeToString("agent:agent-pass".getBytes(StandardCharsets.UTF_8));

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process server;

    /** What one conversation was acknowledged to hold before the kill. */
    private static final class Acknowledged {
        final String id;
        final String token;
        /**
         * What each writer wrote (texts unique), in the order it was acknowledged. Only one writer's own messages
         * have an order to keep: the shopper and the agent write at the same time, and which of two concurrent
         * messages the server commits first is not the order their acknowledgements reach two client threads.
         */
        final List<String> shopperTexts = new CopyOnWriteArrayList<>();
        final List<String> agentTexts = new CopyOnWriteArrayList<>();
        /** The bot's replies as the acknowledgements showed them: seq → text. */
        final Map<Long, String> replies = new ConcurrentHashMap<>();
        volatile String lastAckedState = "BOT";
        volatile boolean claimAcked;
        volatile boolean claimInFlight;

        Acknowledged(String id, String token) {
            this.id = id;
            this.token = token;
        }
    }

    @AfterEach
    void stopServer() {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
        }
    }

    @Test
    void givenShoppersAndAnAgentUnderLoad_whenTheServerIsKilledAndRestarted_thenNothingAcknowledgedIsLost() throws Exception {
        Path dataDir = ModelCacheWarmup.warm(Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "tandem-crash"));
        int port = freePort();
        server = start(dataDir, port, "first");
        String base = "http://localhost:" + port;

        Map<String, Acknowledged> conversations = new ConcurrentHashMap<>();
        AtomicInteger acks = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(SHOPPERS + 1);
        for (int s = 0; s < SHOPPERS; s++) {
            int shopper = s;
            load.submit(() -> shop(base, shopper, conversations, acks, killed));
        }
        load.submit(() -> agent(base, conversations, acks, killed));

        try {
            // Kill only once the mix is there (a claimed chat and a waiting one), not merely after enough writes:
            // in one CI run the agent had not claimed anything by the 60th write.
            await("enough acknowledged writes, some chats handed off and some claimed").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> acks.get() >= ACKS_BEFORE_KILL && handedOffAndClaimed(conversations.values()));
        } finally {
            server.destroyForcibly();
            killed.set(true);
        }
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("the killed server exited").isTrue();
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acks.get()).as("acknowledged writes before the kill").isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

        System.out.printf("CrashTest: killed after %d acknowledged writes in %d conversations (%d claimed)%n", acks.get(),
                conversations.size(), conversations.values().stream().filter(acked -> acked.claimAcked).count());
        server = start(dataDir, port, "second");

        JsonNode queue = get(base + "/api/v1/agent/queue", AGENT_AUTH).orElseThrow();
        List<String> queued = new ArrayList<>();
        queue.get("conversations").forEach(entry -> queued.add(entry.get("id").asString()));
        assertThat(queued).as("the queue lists each conversation once").doesNotHaveDuplicates();
        for (Acknowledged acked : conversations.values()) {
            JsonNode messages = get(base + "/api/v1/conversations/" + acked.id + "/messages", "Bearer " + acked.token)
                    .orElseThrow().get("messages");
            List<String> transcript = new ArrayList<>();
            Map<Long, String> bySeq = new java.util.HashMap<>();
            messages.forEach(message -> {
                transcript.add(message.get("text").asString());
                assertThat(bySeq.put(message.get("seq").asLong(), message.get("text").asString()))
                        .as("conversation %s: seq %s once", acked.id, message.get("seq")).isNull();
            });
            for (List<String> writer : List.of(acked.shopperTexts, acked.agentTexts)) {
                List<String> ackedTexts = List.copyOf(writer);
                assertThat(transcript.stream().filter(ackedTexts::contains).toList())
                        .as("conversation %s: every acknowledged message once, in order", acked.id)
                        .containsExactlyElementsOf(ackedTexts);
            }
            assertThat(bySeq).as("conversation %s: every acknowledged bot reply", acked.id).containsAllEntriesOf(acked.replies);
            JsonNode state = get(base + "/api/v1/agent/conversations/" + acked.id, AGENT_AUTH).orElseThrow();
            String now = state.get("state").asString();
            if (acked.claimAcked) {
                assertThat(now).as("conversation %s was claimed", acked.id).isEqualTo("ASSIGNED");
                assertThat(queued).doesNotContain(acked.id);
            } else if (acked.lastAckedState.equals("QUEUED") && !acked.claimInFlight) {
                assertThat(now).as("conversation %s was queued", acked.id).isEqualTo("QUEUED");
                assertThat(queued).as("conversation %s was queued", acked.id).contains(acked.id);
            }
        }
        assertThat(handedOffAndClaimed(conversations.values())).as("some conversations were handed off, some claimed")
                .isTrue();
    }

    private static boolean handedOffAndClaimed(Collection<Acknowledged> conversations) {
        return conversations.stream().anyMatch(acked -> acked.claimAcked)
                && conversations.stream().anyMatch(acked -> acked.lastAckedState.equals("QUEUED") && !acked.claimAcked);
    }

    /** One shopper: conversations one after another, each written to until the kill; every other one asks for a person. */
    private void shop(String base, int shopper, Map<String, Acknowledged> conversations, AtomicInteger acks, AtomicBoolean killed) {
        int round = 0;
        while (!killed.get()) {
            Optional<JsonNode> started = post(base + "/api/v1/conversations", null, "{\"locale\":\"en\"}");
            if (started.isEmpty()) {
                return;
            }
            Acknowledged acked = new Acknowledged(started.get().get("id").asString(), started.get().get("token").asString());
            conversations.put(acked.id, acked);
            boolean handOff = (shopper + round++) % 2 == 0;
            for (int i = 0; i < 12 && !killed.get(); i++) {
                String text = handOff && i == 1 ? "I want to talk to a human agent, shopper " + shopper + " round " + round
                        : "where is my order, shopper " + shopper + " round " + round + " message " + i;
                Optional<JsonNode> turn = post(base + "/api/v1/conversations/" + acked.id + "/messages", "Bearer " + acked.token,
                        "{\"text\":\"" + text + "\"}");
                if (turn.isEmpty()) {
                    return;
                }
                acked.shopperTexts.add(text);
                turn.get().get("replies").forEach(reply -> acked.replies.put(reply.get("seq").asLong(), reply.get("text").asString()));
                acked.lastAckedState = turn.get().get("state").asString();
                acks.incrementAndGet();
            }
        }
    }

    /** The agent claims every other waiting conversation and answers in it. */
    private void agent(String base, Map<String, Acknowledged> conversations, AtomicInteger acks, AtomicBoolean killed) {
        int seen = 0;
        while (!killed.get()) {
            Optional<JsonNode> queue = get(base + "/api/v1/agent/queue", AGENT_AUTH);
            if (queue.isEmpty()) {
                return;
            }
            for (JsonNode entry : queue.get().get("conversations")) {
                Acknowledged acked = conversations.get(entry.get("id").asString());
                if (acked == null || seen++ % 2 == 1 || killed.get()) {
                    continue;
                }
                acked.claimInFlight = true;
                if (post(base + "/api/v1/agent/conversations/" + acked.id + "/claim", AGENT_AUTH, "").isEmpty()) {
                    return;
                }
                acked.claimAcked = true;
                String reply = "Agent here for " + acked.id;
                if (post(base + "/api/v1/agent/conversations/" + acked.id + "/messages", AGENT_AUTH,
                        "{\"text\":\"" + reply + "\"}").isEmpty()) {
                    return;
                }
                acked.agentTexts.add(reply);
                acks.incrementAndGet();
            }
            sleep(100);
        }
    }

    /** The body of a 2xx answer; empty when the server did not acknowledge (refused, killed, unreachable). */
    private Optional<JsonNode> post(String url, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private Optional<JsonNode> get(String url, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Authorization", authorization).GET().build());
    }

    private Optional<JsonNode> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                return Optional.empty();
            }
            return Optional.of(response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The server as its own JVM, on this test's classpath; returns once it reports healthy. */
    private Process start(Path dataDir, int port, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dataDir.resolve("server-" + name + ".log");
        Process process = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), TandemApplication.class.getName(),
                "--server.port=" + port, "--tandem.data-dir=" + dataDir,
                "--tandem.users[0].name=agent", "--tandem.users[0].password={noop}agent-pass",
                "--tandem.users[0].roles=AGENT", "--tandem.users[0].capacity=1000",
                "--tandem.rate-limit.per-ip=false", "--tandem.rate-limit.conversation-messages-per-minute=100000",
                "--tandem.queue.offline-grace=1h", "--tandem.content-reload=false")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            await("the " + name + " server healthy; see " + log).atMost(Duration.ofSeconds(150))
                    .pollInterval(Duration.ofMillis(200))
                    .failFast("the " + name + " server exited; see " + log, () -> !process.isAlive())
                    .until(() -> send(health).map(body -> body.get("status").asString())
                            .filter("UP"::equals).isPresent());
            return process;
        } catch (ConditionTimeoutException tooSlow) {
            process.destroyForcibly();
            throw tooSlow;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
