package dev.tandem.adapters.backup;

import dev.tandem.adapters.backup.port.DatabaseBackup;
import dev.tandem.adapters.config.BackupProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Takes a backup every {@code tandem.backup.interval}, when set and the database is one Tandem backs up. */
@Component
public class ScheduledBackups implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackups.class);

    private final BackupProperties properties;
    private final ObjectProvider<DatabaseBackup> backup;
    private volatile Disposable rounds;

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
        rounds = Flux.interval(properties.interval(), properties.interval(), Schedulers.boundedElastic())
                .onBackpressureDrop()
                .concatMap(tick -> Mono.fromCallable(database::take)
                        .doOnNext(written -> LOG.info("Scheduled backup written: {} ({} bytes)", written.file(), written.bytes()))
                        .onErrorResume(failure -> {
                            LOG.warn("Scheduled backup failed ({}); trying again in {}", failure.getMessage(),
                                    properties.interval());
                            return Mono.empty();
                        }), 0)
                .subscribe();
    }

    @Override
    public void destroy() {
        if (rounds != null) {
            rounds.dispose();
        }
    }
}
