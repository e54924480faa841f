package dev.tandem.adapters.scaleout;

import dev.tandem.adapters.ModelCacheWarmup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two Tandem nodes on one PostgreSQL with the postgres profile, as behind a load balancer: node A in a child
 * JVM (so a test can kill it), node B in this JVM. To save a second training they share one data directory,
 * started one after the other: B takes the intent model an earlier test trained (or trains it and writes the
 * cache), A loads it (nodes started at
 * once need a directory each: the demo content is unpacked there at start). They serve one content directory, a
 * fresh copy of the demo shop, as nodes behind a load balancer share theirs. Agents: {@code marta} (every language,
 * three chats) and {@code a0}..{@code a9} (four chats each); the editor {@code erik}; passwords are
 * {@code <name>-pass}.
 */
final class TwoNodes implements AutoCloseable {

    static final int DESK_AGENTS = 10;
    static final int DESK_CAPACITY = 4;

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
        Path dataDir = Path.of(System.getProperty("java.io.tmpdir"), "tandem-two-nodes");
        Path contentDir;
        try {
            ModelCacheWarmup.warm(Files.createDirectories(dataDir));
            contentDir = copyOfTheDemoShop(Files.createTempDirectory("tandem-two-nodes-content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> arguments = new ArrayList<>(database.nodeArguments());
        // No file watcher: a node hears of another node's save only through the notice on PostgreSQL.
        arguments.addAll(List.of("--tandem.data-dir=" + dataDir, "--tandem.content-dir=" + contentDir,
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
        Node b = Node.inThisJvm("B", arguments);
        Node a;
        try {
            a = Node.childProcess("A", arguments, dataDir.resolve("node-a.log"));
        } catch (RuntimeException failed) {
            b.close();
            throw failed;
        }
        return new TwoNodes(database, a, b);
    }

    private static Path copyOfTheDemoShop(Path target) throws IOException {
        Path demo = Path.of("..", "..", "content", "demo-shop");
        try (Stream<Path> paths = Files.walk(demo)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(demo.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        return target;
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
