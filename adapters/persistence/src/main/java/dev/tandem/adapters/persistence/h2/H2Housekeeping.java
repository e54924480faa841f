package dev.tandem.adapters.persistence.h2;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;

/**
 * Keeps the embedded H2 file from growing without end: rewrites the live pages out of mostly-dead chunks, as H2's
 * own background thread would, while the database is quiet.
 *
 * <p>H2 runs that thread only when commits may be delayed ({@code WRITE_DELAY} above 0). Tandem sets
 * {@code WRITE_DELAY=0} so that a turn is on disk before its reply is acknowledged, which leaves nobody to tidy
 * the file: every commit appends a chunk, most of its pages are replaced by later commits, and the few that stay
 * (a full transcript page, an index page nobody touches again) keep the whole chunk alive: under sustained load the
 * file grows to gigabytes with its chunks about a tenth full. Rewriting those pages into the next commit frees their
 * old chunks for reuse; the commits stay durable, because the rewritten pages are written by an ordinary commit.
 * Decision record: docs/adr/0002-h2-housekeeping.md.
 *
 * <p>Runs only for a file database on H2 (PostgreSQL tidies itself; an in-memory H2 has no file). It reaches the
 * store through a JDBC connection to the same database (H2 shares one open database per JVM), through H2's
 * engine classes: if a future H2 moves them, this logs why and stands aside, and the server runs without it.
 */
final class H2Housekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);

    /** Below this share of live pages in the file's chunks, the emptiest chunks are rewritten. */
    static final int TARGET_FILL_PERCENT = 70;
    /**
     * Live bytes moved per round while the database is quiet. H2 holds its store lock while it moves them, so a
     * commit arriving meanwhile waits: 1 MB keeps that wait to tens of milliseconds, and 60 MB a minute still
     * brings the chunks back to the target soon after a busy hour.
     */
    static final int QUIET_BYTES_PER_ROUND = 1 << 20;
    /**
     * More commits than this in the last round's second is a busy database, and the round moves nothing: pages moved
     * then land among pages the next commits replace, so they would be moved again and again, and each round holds
     * the commits up (even 256 KB per round cost several percent of the server's CPU under the load test). The file
     * grows while the shop is busy and is tidied when it is quiet.
     */
    static final long BUSY_COMMITS_PER_ROUND = 20;
    private static final long PERIOD_MILLIS = 1000;

    private final Optional<String> jdbcUrl;
    private volatile Connection connection;
    private volatile MVStore store;
    private volatile ScheduledExecutorService rounds;
    private long versionAtLastRound = -1;

    H2Housekeeping(Environment environment) {
        this(fileDatabaseUrl(environment.getProperty("spring.r2dbc.url"), environment.getProperty("spring.flyway.url")));
    }

    H2Housekeeping(Optional<String> jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** The JDBC URL of the same H2 file database the server uses, if it uses one. */
    static Optional<String> fileDatabaseUrl(String r2dbcUrl, String flywayUrl) {
        if (r2dbcUrl == null || flywayUrl == null || !r2dbcUrl.startsWith("r2dbc:h2:file:")
                || !flywayUrl.startsWith("jdbc:h2:file:")) {
            return Optional.empty();
        }
        return Optional.of(flywayUrl);
    }

    @Override
    public void start() {
        if (!open()) {
            return;
        }
        rounds = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tandem-h2-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        rounds.scheduleWithFixedDelay(this::tidy, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Reaches the store without starting the rounds (tests run them one by one); false when there is none. */
    boolean open() {
        if (jdbcUrl.isEmpty()) {
            return false;
        }
        try {
            connection = DriverManager.getConnection(jdbcUrl.get(), "sa", "");
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            store = session.getDatabase().getStore().getMvStore();
            return true;
        } catch (SQLException | RuntimeException | LinkageError unavailable) {
            log.warn("H2 file housekeeping is off ({}); the database file may grow more than its data", unavailable.toString());
            closeConnection();
            return false;
        }
    }

    /**
     * One round: if the database is quiet and its chunks are emptier than the target, move live pages out of the
     * emptiest ones. The pages go out with the next commit; H2 frees the old chunks once no reader needs them.
     *
     * @return whether anything was rewritten
     */
    boolean tidy() {
        MVStore current = store;
        if (current == null || current.isClosed()) {
            return false;
        }
        try {
            long version = current.getCurrentVersion();
            long commits = versionAtLastRound < 0 ? 0 : version - versionAtLastRound;
            versionAtLastRound = version;
            int bytes = bytesForRound(commits);
            return bytes > 0 && current.compact(TARGET_FILL_PERCENT, bytes);
        } catch (RuntimeException failed) {
            // A round that fails leaves the file as it was; the next round tries again.
            log.warn("H2 file housekeeping round failed: {}", failed.toString());
            return false;
        }
    }

    static int bytesForRound(long commitsSinceLastRound) {
        return commitsSinceLastRound > BUSY_COMMITS_PER_ROUND ? 0 : QUIET_BYTES_PER_ROUND;
    }

    /** The share of live pages in the file's chunks, in percent; empty when there is no H2 file. */
    Optional<Integer> chunksFillPercent() {
        MVStore current = store;
        return current == null || current.isClosed() ? Optional.empty()
                : Optional.of(current.getFileStore().getChunksFillRate());
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = rounds;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            rounds = null;
        }
        store = null;
        closeConnection();
    }

    private void closeConnection() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // Closing our own session; the database stays open for the server's connections.
            }
        }
    }

    @Override
    public boolean isRunning() {
        return rounds != null;
    }
}
