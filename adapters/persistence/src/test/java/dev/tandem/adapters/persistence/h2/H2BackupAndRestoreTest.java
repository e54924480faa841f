package dev.tandem.adapters.persistence.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.adapters.backup.port.DatabaseBackup.BackupFailedException;
import dev.tandem.adapters.backup.port.DatabaseBackup.BackupFile;
import dev.tandem.adapters.persistence.h2.H2Restore.RestoreRefusedException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of an H2 file database and their restore, on real files, without a server. */
class H2BackupAndRestoreTest {

    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private String url;

    @BeforeEach
    void aMigratedDatabaseWithOneConversation() throws SQLException {
        url = "jdbc:h2:file:" + dataDir.resolve("tandem") + ";" + H2DataDirectory.h2Settings();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        execute(url, "INSERT INTO conversation (id, token_hash, channel, language, state, low_confidence_streak, last_seq, "
                + "version, created_at, updated_at) VALUES ('kept', 'h', 'WEB', 'en', 'BOT', 0, 0, 1, CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP)");
    }

    @Test
    void givenKeepTwo_whenThreeBackupsAreTaken_thenTheTwoNewestRemain() throws IOException {
        BackupFile first = new H2Backup(url, dataDir.resolve("backups"), 2, at(NOON)).take();
        BackupFile second = new H2Backup(url, dataDir.resolve("backups"), 2, at(NOON.plus(Duration.ofHours(1)))).take();
        BackupFile third = new H2Backup(url, dataDir.resolve("backups"), 2, at(NOON.plus(Duration.ofHours(2)))).take();

        assertThat(backupsIn(dataDir.resolve("backups"))).containsExactlyInAnyOrder(second.file(), third.file());
        assertThat(first.file()).doesNotExist();
        assertThat(third.file().getFileName().toString()).isEqualTo("tandem-20260301-140000-000.zip");
    }

    @Test
    void givenTheBackupDirectoryIsAFile_whenABackupIsTaken_thenItFailsSayingWhereAndWhy() throws IOException {
        Path notADirectory = Files.writeString(dataDir.resolve("backups"), "");

        assertThatThrownBy(() -> new H2Backup(url, notADirectory, 0, at(NOON)).take())
                .isInstanceOf(BackupFailedException.class)
                .hasMessage("cannot write backups to " + notADirectory + ": " + notADirectory + " is a file, not a directory");
    }

    @Test
    void givenAnExistingDatabase_whenABackupIsRestoredOverIt_thenTheBackupsRowsAreBackAndTheReplacedFileIsKept()
            throws Exception {
        BackupFile backup = new H2Backup(url, elsewhere, 0, at(NOON)).take();
        execute(url, "DELETE FROM conversation");

        H2Restore.Restored restored = H2Restore.restore(backup.file(), dataDir, at(NOON.plus(Duration.ofDays(1))));

        assertThat(restored.database()).isEqualTo(dataDir.resolve("tandem.mv.db"));
        assertThat(restored.previous()).hasValue(dataDir.resolve("tandem.mv.db.before-restore-20260302-120000"));
        assertThat(conversations(url)).isEqualTo(1);
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".restoring-"));
        }
    }

    @Test
    void givenTheDatabaseIsOpen_whenRestoringOverIt_thenRefusedAndNothingChanges() throws Exception {
        BackupFile backup = new H2Backup(url, elsewhere, 0, at(NOON)).take();
        try (Connection open = DriverManager.getConnection(url, "sa", "")) {
            assertThatThrownBy(() -> H2Restore.restore(backup.file(), dataDir, at(NOON)))
                    .isInstanceOf(RestoreRefusedException.class).hasMessageContaining("is in use");
            assertThat(open.isValid(1)).isTrue();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(path -> path.getFileName().toString())).contains("tandem.mv.db")
                    .noneMatch(name -> name.startsWith(".restoring-") || name.contains("before-restore"));
        }
    }

    @Test
    void givenFilesThatAreNotBackups_whenRestored_thenRefusedSayingWhy() throws IOException {
        Path text = Files.writeString(elsewhere.resolve("notes.zip"), "not a zip at all");
        Path otherZip = elsewhere.resolve("photos.zip");
        try (OutputStream out = Files.newOutputStream(otherZip); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("cat.jpg"));
            zip.write(new byte[] {1, 2, 3});
        }
        Path truncated = elsewhere.resolve("truncated.zip");
        try (OutputStream out = Files.newOutputStream(truncated); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("tandem.mv.db"));
            zip.write(Files.readAllBytes(dataDir.resolve("tandem.mv.db")), 0, 1000);
        }
        Path fresh = elsewhere.resolve("fresh");

        assertThatThrownBy(() -> H2Restore.restore(elsewhere.resolve("missing.zip"), fresh, at(NOON)))
                .hasMessageEndingWith("missing.zip: no such file");
        assertThatThrownBy(() -> H2Restore.restore(text, fresh, at(NOON))).hasMessageContaining("is not a Tandem backup");
        assertThatThrownBy(() -> H2Restore.restore(otherZip, fresh, at(NOON)))
                .hasMessageEndingWith("is not a Tandem backup: it holds no tandem.mv.db");
        assertThatThrownBy(() -> H2Restore.restore(truncated, fresh, at(NOON)))
                .hasMessageContaining("is not a whole Tandem backup");
        try (Stream<Path> files = Files.list(fresh)) {
            assertThat(files).isEmpty();
        }
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static java.util.List<Path> backupsIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(H2Backup::isBackup).toList();
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long conversations(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM conversation")) {
            count.next();
            return count.getLong(1);
        }
    }
}
