package dev.tandem.adapters.persistence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2HousekeepingTest {

    private static final int TURNS = 2000;

    @TempDir
    Path temp;

    @Test
    void givenTurnsCommittedOneByOne_whenNobodyTidies_thenTheChunksAreMostlyDeadSpace() throws SQLException {
        try (Shop shop = new Shop(temp.resolve("a"))) {
            shop.takeTurns(TURNS);

            assertThat(shop.housekeeping.chunksFillPercent()).hasValueSatisfying(fill -> assertThat(fill).isLessThan(40));
        }
    }

    @Test
    void givenAFileOfMostlyDeadChunks_whenHousekeepingRuns_thenTheChunksFillUpAndNoRowIsLost() throws SQLException {
        try (Shop shop = new Shop(temp.resolve("a"))) {
            shop.takeTurns(TURNS);
            int before = shop.housekeeping.chunksFillPercent().orElseThrow();

            for (int round = 0; round < 100 && shop.housekeeping.tidy(); round++) {
                shop.takeTurns(5); // the rewritten pages go out with the next commits, as under load
            }

            assertThat(shop.housekeeping.chunksFillPercent()).hasValueSatisfying(fill -> assertThat(fill)
                    .isGreaterThan(before).isGreaterThanOrEqualTo(H2Housekeeping.TARGET_FILL_PERCENT - 10));
            assertThat(shop.messages()).isEqualTo(shop.turns);
        }
    }

    @Test
    void givenTheSameTurns_whenOneFileIsTidiedInQuietSpells_thenItEndsSmallerThanTheUntidiedOne() throws SQLException {
        long untidied;
        long tidied;
        try (Shop shop = new Shop(temp.resolve("untidied"))) {
            shop.takeTurns(TURNS);
            untidied = shop.fileSize();
        }
        try (Shop shop = new Shop(temp.resolve("tidied"))) {
            for (int hour = 0; hour < TURNS / 500; hour++) {
                shop.takeTurns(500);
                for (int quietRound = 0; quietRound < 4; quietRound++) {
                    shop.housekeeping.tidy();
                    shop.takeTurns(1);
                }
            }
            tidied = shop.fileSize();
            assertThat(shop.messages()).isEqualTo(shop.turns);
        }

        assertThat(tidied).isLessThan(untidied / 2);
    }

    @Test
    void givenCommitsStreamingIn_whenARoundComes_thenItMovesNothing() throws SQLException {
        try (Shop shop = new Shop(temp.resolve("a"))) {
            shop.takeTurns(TURNS);
            shop.housekeeping.tidy(); // a first, quiet round also notes where the commits stand
            assertThat(shop.housekeeping.chunksFillPercent()).hasValueSatisfying(fill -> assertThat(fill)
                    .isLessThan(H2Housekeeping.TARGET_FILL_PERCENT)); // so there is still work to do

            shop.takeTurns((int) H2Housekeeping.BUSY_COMMITS_PER_ROUND); // two commits each
            boolean moved = shop.housekeeping.tidy();

            assertThat(moved).isFalse();
        }
    }

    @Test
    void givenPostgresOrAnInMemoryH2_whenTheUrlIsDerived_thenThereIsNothingToTidy() {
        assertThat(H2Housekeeping.fileDatabaseUrl("r2dbc:postgresql://db/tandem", "jdbc:postgresql://db/tandem")).isEmpty();
        assertThat(H2Housekeeping.fileDatabaseUrl("r2dbc:h2:mem:///test", "jdbc:h2:mem:test")).isEmpty();
        assertThat(H2Housekeeping.fileDatabaseUrl(null, null)).isEmpty();
        assertThat(H2Housekeeping.fileDatabaseUrl("r2dbc:h2:file:////d/tandem?options=X=1", "jdbc:h2:file:/d/tandem;X=1"))
                .contains("jdbc:h2:file:/d/tandem;X=1");
    }

    @Test
    void givenNoH2File_whenStarted_thenItStandsAside() {
        H2Housekeeping none = new H2Housekeeping(Optional.empty());
        none.start();

        assertThat(none.isRunning()).isFalse();
        assertThat(none.tidy()).isFalse();
        assertThat(none.chunksFillPercent()).isEmpty();
    }

    /**
     * A database with the server's settings and turns like the server's: a conversation row updated and a message
     * added, each turn its own commit. Old chunks are released at once ({@code RETENTION_TIME=0}) so no test waits.
     */
    private static final class Shop implements AutoCloseable {

        private static final int CONVERSATIONS = 400;

        private final Path file;
        private final Connection server;
        private final H2Housekeeping housekeeping;
        private final Random random = new Random(7);
        private long turns;

        Shop(Path directory) throws SQLException {
            file = directory.resolve("tandem.mv.db");
            String url = "jdbc:h2:file:" + directory.resolve("tandem") + ";" + H2DataDirectory.h2Settings()
                    + ";RETENTION_TIME=0";
            server = DriverManager.getConnection(url, "sa", "");
            try (Statement ddl = server.createStatement()) {
                ddl.execute("CREATE TABLE conversation (id VARCHAR(36) PRIMARY KEY, last_seq BIGINT NOT NULL, note VARCHAR(100))");
                ddl.execute("CREATE TABLE message (conversation_id VARCHAR(36) NOT NULL, seq BIGINT NOT NULL,"
                        + " text VARCHAR(2000), PRIMARY KEY (conversation_id, seq))");
            }
            housekeeping = new H2Housekeeping(Optional.of(url));
            assertThat(housekeeping.open()).isTrue();
        }

        void takeTurns(int count) throws SQLException {
            try (PreparedStatement update = server.prepareStatement("MERGE INTO conversation KEY (id) VALUES (?, ?, ?)");
                 PreparedStatement insert = server.prepareStatement("INSERT INTO message VALUES (?, ?, ?)")) {
                for (int turn = 0; turn < count; turn++) {
                    String id = "conversation-" + random.nextInt(CONVERSATIONS);
                    long seq = ++turns;
                    update.setString(1, id);
                    update.setLong(2, seq);
                    update.setString(3, "turn " + seq);
                    update.executeUpdate();
                    insert.setString(1, id);
                    insert.setLong(2, seq);
                    insert.setString(3, "Where is my order? It was supposed to arrive yesterday. Turn " + seq);
                    insert.executeUpdate();
                }
            }
        }

        long messages() throws SQLException {
            try (Statement query = server.createStatement();
                 ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM message")) {
                rows.next();
                return rows.getLong(1);
            }
        }

        long fileSize() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            housekeeping.stop();
            server.close();
        }
    }
}
