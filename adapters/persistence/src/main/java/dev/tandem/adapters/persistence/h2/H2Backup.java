package dev.tandem.adapters.persistence.h2;

import dev.tandem.adapters.backup.port.DatabaseBackup;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the H2 file with H2's own {@code BACKUP TO}: the store keeps serving while the copy is
 * written, and the copy is the database as of one commit (H2 does not reuse the chunks being copied until it is
 * done). A backup is a zip holding {@code tandem.mv.db}, named by its UTC time so that names sort by age,
 * written under a {@code .part} name and renamed when complete: a file named {@code tandem-*.zip} is always a
 * whole backup. {@link H2Restore} puts one back.
 */
final class H2Backup implements DatabaseBackup {

    private static final Logger LOG = LoggerFactory.getLogger(H2Backup.class);
    static final String PREFIX = "tandem-";
    static final String SUFFIX = ".zip";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final String jdbcUrl;
    private final Path directory;
    private final int keep;
    private final Clock clock;
    private final Semaphore oneAtATime = new Semaphore(1);

    /**
     * @param jdbcUrl   the server's own H2 file database (H2 shares the open database within the JVM)
     * @param directory where backups go
     * @param keep      the newest backups kept after each backup; 0 keeps all
     */
    H2Backup(String jdbcUrl, Path directory, int keep, Clock clock) {
        this.jdbcUrl = jdbcUrl;
        this.directory = directory.toAbsolutePath().normalize();
        this.keep = keep;
        this.clock = clock;
    }

    @Override
    public BackupFile take() {
        if (!oneAtATime.tryAcquire()) {
            throw new BackupRunningException();
        }
        try {
            BackupFile written = write();
            prune();
            return written;
        } finally {
            oneAtATime.release();
        }
    }

    private BackupFile write() {
        Path file = directory.resolve(PREFIX + NAME.format(clock.instant()) + SUFFIX);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new BackupFailedException("cannot write backups to " + directory + ": " + reason(failure), failure);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return new BackupFile(file, Files.size(file));
        } catch (SQLException | IOException failure) {
            deleteQuietly(partial);
            throw new BackupFailedException("cannot write the backup " + file + ": " + reason(failure), failure);
        }
    }

    /** Deletes the oldest backups beyond {@code keep}; one that cannot be deleted is left and logged. */
    private void prune() {
        if (keep == 0) {
            return;
        }
        List<Path> newestFirst;
        try (Stream<Path> files = Files.list(directory)) {
            newestFirst = files.filter(H2Backup::isBackup)
                    .sorted(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed()).toList();
        } catch (IOException failure) {
            LOG.warn("Could not list {} to delete old backups: {}", directory, failure.toString());
            return;
        }
        newestFirst.stream().skip(keep).forEach(old -> {
            try {
                Files.deleteIfExists(old);
            } catch (IOException failure) {
                LOG.warn("Could not delete the old backup {}: {}", old, failure.toString());
            }
        });
    }

    static boolean isBackup(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(path);
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // A .part file is never taken for a backup; the next backup has another name.
        }
    }

    /** What the operating system or H2 said, without the exception's wrapping. */
    static String reason(Exception failure) {
        if (failure instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (failure instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file, not a directory";
        }
        if (failure instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason() + " (" + system.getFile() + ")";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
