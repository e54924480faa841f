package dev.tandem.adapters.backup;

import dev.tandem.adapters.backup.port.DatabaseBackup;
import dev.tandem.adapters.backup.port.DatabaseBackup.BackupFailedException;
import dev.tandem.adapters.backup.port.DatabaseBackup.BackupFile;
import dev.tandem.adapters.backup.port.DatabaseBackup.BackupRunningException;
import dev.tandem.adapters.backup.port.DatabaseBackup.BackupUnavailableException;
import dev.tandem.adapters.error.ApiException;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /api/v1/admin/backup} (role ADMIN): an online backup of the embedded database, answered with
 * {@code {"file","bytes"}} once it is on disk. The server keeps serving meanwhile and when the backup fails.
 */
@RestController
public class BackupController {

    private static final Logger LOG = LoggerFactory.getLogger(BackupController.class);
    static final String POSTGRESQL = "the database is PostgreSQL: back it up with its own tools (pg_dump, or "
            + "continuous archiving); see the README, Backup and restore";

    private final ObjectProvider<DatabaseBackup> backup;

    public BackupController(ObjectProvider<DatabaseBackup> backup) {
        this.backup = backup;
    }

    public record Answer(String file, long bytes) {
    }

    @PostMapping("/api/v1/admin/backup")
    public Mono<Answer> backup(Principal admin) {
        DatabaseBackup database = backup.getIfAvailable();
        if (database == null) {
            return Mono.error(new ApiException(HttpStatus.NOT_IMPLEMENTED, "backup_unavailable", POSTGRESQL));
        }
        // Writing the copy blocks for as long as the file takes to copy: off the event loop.
        return Mono.fromCallable(database::take).subscribeOn(Schedulers.boundedElastic())
                .map(written -> answer(written, admin))
                .onErrorMap(BackupRunningException.class,
                        running -> new ApiException(HttpStatus.CONFLICT, "backup_running", running.getMessage()))
                .onErrorMap(BackupUnavailableException.class, unavailable -> new ApiException(
                        HttpStatus.NOT_IMPLEMENTED, "backup_unavailable", unavailable.getMessage()))
                .onErrorMap(BackupFailedException.class, failed -> {
                    LOG.warn("Backup requested by {} failed: {}", admin.getName(), failed.getMessage());
                    return new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "backup_failed", failed.getMessage());
                });
    }

    private static Answer answer(BackupFile written, Principal admin) {
        LOG.info("{} took a backup: {} ({} bytes)", admin.getName(), written.file(), written.bytes());
        return new Answer(written.file().toString(), written.bytes());
    }
}
