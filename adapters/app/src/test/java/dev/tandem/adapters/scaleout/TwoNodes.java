package dev.tandem.adapters.scaleout;

import dev.tandem.adapters.ModelCacheWarmup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * Two Tandem nodes on one PostgreSQL with the postgres profile, as behind a load balancer: node A in a child
 * JVM (so a test can kill it), node B in this JVM, each on a data directory of its own. With an intent model an
 * earlier test trained at hand, they start at once, A's JVM booting while B starts; without one, B trains it first
 * and A starts from B's copy (as {@code scripts/cluster.sh} does). They serve one content directory, a fresh copy of
 * the demo shop, as nodes behind a load balancer share theirs. Agents: {@code marta} (every language, three chats)
 * and {@code a0}..{@code a9} (two chats each); the editor {@code erik}; passwords are {@code <name>-pass}.
 */
final class TwoNodes implements AutoCloseable {

    static final int DESK_AGENTS = 10;
    static final int DESK_CAPACITY = 2;

    final PostgresServer.Database database;
    final Node a;
    final Node b;

    private TwoNodes(PostgresServer.Database database, Node a, Node b) {
        this.database = database;
        this.a = a;
        this.b = b;
    }

    static TwoNodes start() {
        PostgresServer.Database database = PostgresServer.newDatabase();
        // Under java.io.tmpdir (target/), kept between runs: only the model cache (and the history of the editors'
        // saves) lives here with the postgres profile, so a second run skips training.
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path dataDirA = tmp.resolve("tandem-two-nodes-a");
        Path dataDirB = tmp.resolve("tandem-two-nodes-b");
        Path contentDir;
        try {
            ModelCacheWarmup.warm(Files.createDirectories(dataDirA));
            ModelCacheWarmup.warm(Files.createDirectories(dataDirB));
            contentDir = Files.createTempDirectory("tandem-two-nodes-content");
            FileSystemUtils.copyRecursively(Path.of("..", "..", "content", "demo-shop"), contentDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> arguments = new ArrayList<>(database.nodeArguments());
        // No file watcher: a node hears of another node's save only through the notice on PostgreSQL.
        arguments.addAll(List.of("--tandem.content-dir=" + contentDir,
                "--tandem.rate-limit.per-ip=false", "--tandem.content-reload=false",
                "--tandem.users[0].name=marta", "--tandem.users[0].password={noop}marta-pass",
                "--tandem.users[0].roles=AGENT", "--tandem.users[0].capacity=3"));
        for (int i = 0; i < DESK_AGENTS; i++) {
            int index = i + 1;
            arguments.addAll(List.of("--tandem.users[" + index + "].name=a" + i,
                    "--tandem.users[" + index + "].password={noop}a" + i + "-pass",
                    "--tandem.users[" + index + "].roles=AGENT",
                    "--tandem.users[" + index + "].capacity=" + DESK_CAPACITY));
        }
        arguments.addAll(List.of("--tandem.users[" + (DESK_AGENTS + 1) + "].name=erik",
                "--tandem.users[" + (DESK_AGENTS + 1) + "].password={noop}erik-pass",
                "--tandem.users[" + (DESK_AGENTS + 1) + "].roles=EDITOR"));
        List<String> argumentsA = withDataDir(arguments, dataDirA);
        List<String> argumentsB = withDataDir(arguments, dataDirB);
        Node.Starting a = hasModel(dataDirA) ? Node.childProcess("A", argumentsA, dataDirA.resolve("node-a.log")) : null;
        Node b;
        try {
            b = Node.inThisJvm("B", argumentsB);
        } catch (RuntimeException failed) {
            if (a != null) {
                a.kill();
            }
            throw failed;
        }
        try {
            if (a == null) {
                ModelCacheWarmup.warm(dataDirA);   // the model B has just trained
                a = Node.childProcess("A", argumentsA, dataDirA.resolve("node-a.log"));
            }
            return new TwoNodes(database, a.awaitHealthy(), b);
        } catch (RuntimeException failed) {
            b.close();
            throw failed;
        }
    }

    private static List<String> withDataDir(List<String> arguments, Path dataDir) {
        List<String> all = new ArrayList<>(arguments);
        all.add("--tandem.data-dir=" + dataDir);
        return all;
    }

    private static boolean hasModel(Path dataDir) {
        try (Stream<Path> models = Files.list(dataDir.resolve("models"))) {
            return models.anyMatch(model -> model.getFileName().toString().endsWith(".bin"));
        } catch (IOException none) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            a.close();
        } finally {
            b.close();
        }
    }
}
