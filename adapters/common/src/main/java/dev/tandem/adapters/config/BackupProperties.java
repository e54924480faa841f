package dev.tandem.adapters.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tandem.backup.*}: backups of the embedded database into {@code <tandem.data-dir>/backups/}.
 *
 * @param interval take a backup this often, the first one an interval after start; unset means only on request
 *                 ({@code POST /api/v1/admin/backup})
 * @param keep     how many of the newest backups to keep after each backup; older ones are deleted; {@code 0} keeps all
 */
@ConfigurationProperties("tandem.backup")
public record BackupProperties(Duration interval, @DefaultValue("7") int keep) {

    public BackupProperties {
        if (keep < 0) {
            throw new IllegalArgumentException("tandem.backup.keep must be 0 (keep all) or more, not " + keep);
        }
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            throw new IllegalArgumentException("tandem.backup.interval must be positive (e.g. 24h), not " + interval);
        }
    }
}
