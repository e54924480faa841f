package dev.tandem.adapters.scaleout;

import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.TandemApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One Tandem node on a random port: either a Spring context in this JVM, or a child JVM (same classpath) that
 * can be killed like a crashed machine, without shutdown hooks or graceful close.
 */
abstract class Node implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofSeconds(180);

    final String name;

    private Node(String name) {
        this.name = name;
    }

    abstract int port();

    @Override
    public abstract void close();

    String http() {
        return "http://localhost:" + port();
    }

    String ws() {
        return "ws://localhost:" + port();
    }

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl(http()).responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** A node in this JVM; {@link #close()} shuts it down gracefully. */
    static Node inThisJvm(String name, List<String> arguments) {
        List<String> all = new ArrayList<>(arguments);
        all.add("--server.port=0");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class)
                .run(all.toArray(String[]::new));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Node(name) {
            @Override
            int port() {
                return port;
            }

            @Override
            public void close() {
                context.close();
            }
        };
    }

    /**
     * A node in a child JVM, launched but not yet waited for: the caller may start another node meanwhile and then
     * call {@link Starting#awaitHealthy()}.
     */
    static Starting childProcess(String name, List<String> arguments, Path log) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"),
                TandemApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(arguments);
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start node " + name, e);
        }
        Node node = new Node(name) {
            @Override
            int port() {
                return port;
            }

            /** Kills the process at once (SIGKILL): no graceful shutdown, like a machine that dies. */
            @Override
            public void close() {
                process.destroyForcibly();
                try {
                    process.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        return new Starting(node, process, log);
    }

    /** A child-JVM node on its way up. */
    record Starting(Node node, Process process, Path log) {

        /** The node once its health is UP; killed and reported when it exits or takes too long. */
        Node awaitHealthy() {
            node.awaitHealthy(process, log);
            return node;
        }

        /** Gives up on the node (another one failed to start). */
        void kill() {
            node.close();
        }
    }

    private void awaitHealthy(Process process, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(http() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            await("node " + name + " healthy; see " + log).atMost(START_PATIENCE).pollInterval(Duration.ofMillis(250))
                    .failFast("node " + name + " exited; see " + log, () -> !process.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                    .until(() -> http.send(health, HttpResponse.BodyHandlers.ofString()),
                            answer -> answer.statusCode() == 200 && answer.body().contains("UP"));
        } catch (ConditionTimeoutException tooSlow) {
            process.destroyForcibly();
            throw tooSlow;
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
