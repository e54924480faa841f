package dev.tandem.adapters.persistence.h2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Puts a backup ({@link H2Backup}) back into a stopped server's data directory. The database file is unpacked
 * and opened beside the current one first, so a backup that is not whole or not Tandem's is refused before
 * anything changes; the current database is then renamed, not deleted, and the restored one moved into its
 * place. A running server holds a lock on its file, and a restore into its directory is refused.
 */
public final class H2Restore {

    static final String DATABASE_FILE = "tandem.mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private H2Restore() {
    }

    /** What the restore did: where the database now is, and where the one it replaced was kept. */
    public record Restored(Path database, Optional<Path> previous) {
    }

    /** The backup was not restored; nothing in the data directory changed. The message says why. */
    public static final class RestoreRefusedException extends Exception {

        RestoreRefusedException(String message) {
            super(message);
        }
    }

    public static Restored restore(Path backup, Path dataDir, Clock clock) throws RestoreRefusedException {
        Path directory = dataDir.toAbsolutePath().normalize();
        Path target = directory.resolve(DATABASE_FILE);
        if (!Files.isRegularFile(backup)) {
            throw new RestoreRefusedException(backup + ": no such file");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new RestoreRefusedException("cannot write " + directory + ": " + H2Backup.reason(failure));
        }
        Path unpacked = unpack(backup, directory);
        try (FileChannel current = Files.exists(target) ? FileChannel.open(target, StandardOpenOption.READ,
                StandardOpenOption.WRITE) : null; FileLock lock = current == null ? null : lockOrRefuse(current, directory)) {
            check(unpacked, backup);
            Optional<Path> previous = Optional.empty();
            if (current != null) {
                Path kept = target.resolveSibling(DATABASE_FILE + ".before-restore-" + STAMP.format(clock.instant()));
                Files.move(target, kept, StandardCopyOption.ATOMIC_MOVE);
                previous = Optional.of(kept);
            }
            Files.move(unpacked.resolve(DATABASE_FILE), target, StandardCopyOption.ATOMIC_MOVE);
            return new Restored(target, previous);
        } catch (IOException failure) {
            throw new RestoreRefusedException("cannot restore into " + directory + ": " + H2Backup.reason(failure));
        } finally {
            deleteTree(unpacked);
        }
    }

    private static FileLock lockOrRefuse(FileChannel current, Path directory) throws IOException, RestoreRefusedException {
        FileLock lock;
        try {
            lock = current.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            lock = null;
        }
        if (lock == null) {
            throw new RestoreRefusedException("the database in " + directory
                    + " is in use (a server is running on it): stop the server, then restore");
        }
        return lock;
    }

    /** The backup's database file, unpacked into a new directory beside the target (same file system: the move is a rename). */
    private static Path unpack(Path backup, Path directory) throws RestoreRefusedException {
        Path unpacked;
        try {
            unpacked = Files.createTempDirectory(directory, ".restoring-");
        } catch (IOException failure) {
            throw new RestoreRefusedException("cannot write " + directory + ": " + H2Backup.reason(failure));
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(DATABASE_FILE);
            if (entry == null) {
                throw new RestoreRefusedException(backup + " is not a Tandem backup: it holds no " + DATABASE_FILE);
            }
            Path file = unpacked.resolve(DATABASE_FILE);
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, file);
            }
            try (FileChannel written = FileChannel.open(file, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            return unpacked;
        } catch (ZipException notAZip) {
            deleteTree(unpacked);
            throw new RestoreRefusedException(backup + " is not a Tandem backup (not a readable zip: "
                    + notAZip.getMessage() + ")");
        } catch (IOException failure) {
            deleteTree(unpacked);
            throw new RestoreRefusedException("cannot unpack " + backup + ": " + H2Backup.reason(failure));
        } catch (RestoreRefusedException refused) {
            deleteTree(unpacked);
            throw refused;
        }
    }

    /** Opens the unpacked database read-only: it must be whole and carry Tandem's schema history. */
    private static void check(Path unpacked, Path backup) throws RestoreRefusedException {
        String url = "jdbc:h2:file:" + unpacked.resolve("tandem").toString().replace('\\', '/')
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement();
             ResultSet migrations = sql.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            if (!migrations.next() || migrations.getLong(1) == 0) {
                throw new RestoreRefusedException(backup + " is not a Tandem backup: its database has no migrations");
            }
        } catch (SQLException failure) {
            throw new RestoreRefusedException(backup + " is not a whole Tandem backup: " + H2Backup.reason(failure));
        }
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // a leftover .restoring- directory holds nothing the server reads
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
