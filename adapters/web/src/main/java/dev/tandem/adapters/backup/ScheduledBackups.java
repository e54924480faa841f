package dev.tandem.adapters.backup;

import dev.tandem.adapters.backup.port.DatabaseBackup;
import dev.tandem.adapters.config.BackupProperties;
import dev.tandem.adapters.schedule.RepeatingJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Takes a backup every {@code tandem.backup.interval}, when set and the database is one Tandem backs up. */
@Component
public class ScheduledBackups extends RepeatingJob {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackups.class);

    private final BackupProperties properties;
    private final ObjectProvider<DatabaseBackup> backup;

    public ScheduledBackups(BackupProperties properties, ObjectProvider<DatabaseBackup> backup) {
        this.properties = properties;
        this.backup = backup;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        DatabaseBackup database = backup.getIfAvailable();
        if (properties.interval() == null) {
            return;
        }
        if (database == null) {
            LOG.warn("tandem.backup.interval is set, but {}", BackupController.POSTGRESQL);
            return;
        }
        repeat(properties.interval(), properties.interval(), () -> Mono.fromCallable(database::take)
                        .doOnNext(written -> LOG.info("Scheduled backup written: {} ({} bytes)", written.file(), written.bytes())),
                failure -> LOG.warn("Scheduled backup failed ({}); trying again in {}", failure.getMessage(),
                        properties.interval()));
    }
}
