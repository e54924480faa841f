package dev.tandem.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load tool against the real server ({@code adapters/target/tandem.jar}, started as its own process when it has
 * been built), with small numbers: it talks the real API and stream without a single error and reports in the
 * agreed shape. Speed is measured with the tool, never asserted in a test.
 */
class LoadTestCommandTest {

    private static final Path SERVER_JAR = Path.of("..", "adapters", "target", "tandem.jar");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private int port = 8080;

    @Test
    void givenARunningServer_whenLoaded_thenEveryTurnIsAnsweredAndTheLastLineIsTheResultJson() throws Exception {
        assumeTrue(Files.isRegularFile(SERVER_JAR), "build the server first: ./mvnw -q -pl adapters/app -am package");
        port = freePort();
        Path dataDir = freshDataDirKeepingTheModel();
        Process server = new ProcessBuilder("java", "-jar", SERVER_JAR.toString(), "--server.port=" + port,
                "--tandem.data-dir=" + dataDir, "--tandem.rate-limit.per-ip=false")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("server.log").toFile()).start();
        try {
            awaitHealthy(server);
            loadAndCheck(server.pid());
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private void loadAndCheck(long serverPid) {
        // --duration only caps each phase, which ends when its rounds are done; generous for a crowded machine.
        int exit = run("--url", "http://127.0.0.1:" + port, "--conversations", "4", "--messages", "6",
                "--rounds", "2", "--duration", "600s", "--server-pid", String.valueOf(serverPid));

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = JsonMapper.builder().build().readValue(lines.get(lines.size() - 1), Map.class);
        assertThat(result.get("conversations")).isEqualTo(8);
        assertThat(result.get("turns")).isEqualTo(48);
        assertThat(result.get("errors")).isEqualTo(0);
        assertThat(result.get("streamErrors")).isEqualTo(0);
        assertThat(((Number) result.get("streamMessages")).intValue()).as("every message reached the stream")
                .isGreaterThanOrEqualTo(48);
        assertThat(result.get("trivialRequests")).isEqualTo(48);
        assertThat(result.get("trivialErrors")).isEqualTo(0);
        assertThat(result).containsKeys("turnsPerSecond", "p50Millis", "p95Millis", "p99Millis", "trivialPerSecond",
                "ratio", "serverCpuMillisPerTurn", "streamLagP99Millis", "streamLagMaxMillis");
        assertThat(((Number) result.get("toolCpuMillisPerTurn")).doubleValue())
                .as("the tool's own CPU per turn is measured").isPositive();
        assertThat(((Number) result.get("p99Millis")).doubleValue())
                .isGreaterThanOrEqualTo(((Number) result.get("p50Millis")).doubleValue()).isPositive();
        assertThat(err.toString()).contains("[shoppers]").contains("[trivial /actuator/health]");
    }

    @Test
    void givenAnAddressThatIsNotThisMachine_whenLoaded_thenItRefusesBeforeSendingAnything() {
        int exit = run("--url", "http://192.0.2.10:8080", "--conversations", "1", "--messages", "1");

        assertThat(exit).isEqualTo(LoadTestCommand.MISUSE);
        assertThat(err.toString()).contains("loopback");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void givenMoreMessagesThanTheConversationLimit_whenLoaded_thenItRefuses() {
        int exit = run("--url", "http://127.0.0.1:" + port, "--messages", "31");

        assertThat(exit).isEqualTo(LoadTestCommand.MISUSE);
        assertThat(err.toString()).contains("at most 30");
    }

    private int run(String... args) {
        return LoadTestCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** A new database each run; the trained intent model is kept, so only the first run trains it. */
    private static Path freshDataDirKeepingTheModel() throws IOException {
        Path dataDir = Path.of("target", "loadtest-server");
        Files.createDirectories(dataDir);
        try (Stream<Path> children = Files.list(dataDir)) {
            for (Path child : children.filter(child -> !child.getFileName().toString().equals("models")).toList()) {
                try (Stream<Path> tree = Files.walk(child)) {
                    for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
        return dataDir.toAbsolutePath();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Start-up takes seconds on a quiet machine and minutes on a crowded one (the first run also trains the model). */
    private void awaitHealthy(Process server) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
        await("the server healthy on port " + port).atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(500))
                .failFast("the server exited; see its server.log", () -> !server.isAlive())
                // the port opens a little after the process starts
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> client.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\""));
    }
}
