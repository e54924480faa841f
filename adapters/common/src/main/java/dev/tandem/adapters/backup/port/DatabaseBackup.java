package dev.tandem.adapters.backup.port;

import java.nio.file.Path;

/** Takes a consistent copy of the database while the server keeps serving. */
public interface DatabaseBackup {

    /**
     * Writes one backup and applies the retention.
     *
     * @throws BackupRunningException     when another backup is being written
     * @throws BackupFailedException      when the backup cannot be written (nothing partial is left behind)
     * @throws BackupUnavailableException when this database is not backed up by Tandem
     */
    BackupFile take();

    /** A finished backup: where it is and how large. */
    record BackupFile(Path file, long bytes) {
    }

    /** The backup could not be written; the message names the place and the reason. */
    final class BackupFailedException extends RuntimeException {

        public BackupFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Another backup is being written; one at a time. */
    final class BackupRunningException extends RuntimeException {

        public BackupRunningException() {
            super("a backup is being written; try again when it is done");
        }
    }

    /** The database is not one Tandem backs up (PostgreSQL, an in-memory H2); the message says what to do. */
    final class BackupUnavailableException extends RuntimeException {

        public BackupUnavailableException(String message) {
            super(message);
        }
    }
}
