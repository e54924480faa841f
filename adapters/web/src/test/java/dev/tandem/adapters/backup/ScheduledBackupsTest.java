package dev.tandem.adapters.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.backup.port.DatabaseBackup;
import dev.tandem.adapters.config.BackupProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** {@code tandem.backup.interval}: backups taken on schedule, a failed one not ending the schedule. */
class ScheduledBackupsTest {

    @Test
    void givenAnInterval_whenABackupFails_thenTheNextIntervalTakesOneAgain() throws Exception {
        AtomicInteger taken = new AtomicInteger();
        CountDownLatch afterAFailure = new CountDownLatch(1);
        DatabaseBackup flaky = () -> {
            if (taken.incrementAndGet() == 1) {
                throw new DatabaseBackup.BackupFailedException("disk full", null);
            }
            afterAFailure.countDown();
            return new DatabaseBackup.BackupFile(Path.of("backups/tandem-1.zip"), 1);
        };
        ScheduledBackups schedule = new ScheduledBackups(new BackupProperties(Duration.ofMillis(20), 7),
                new StaticListableBeanFactory(Map.of("backup", flaky)).getBeanProvider(DatabaseBackup.class));

        schedule.start();
        try {
            assertThat(afterAFailure.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            schedule.destroy();
        }
    }
}
