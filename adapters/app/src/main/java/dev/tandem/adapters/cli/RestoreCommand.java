package dev.tandem.adapters.cli;

import dev.tandem.adapters.persistence.h2.H2Restore;
import dev.tandem.adapters.persistence.h2.H2Restore.RestoreRefusedException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore <backup.zip> --tandem.data-dir=<dir>}: puts a backup back into a stopped server's data directory. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup (from POST /api/v1/admin/backup) into a stopped server's data directory.",
                "The current database is kept beside it as tandem.mv.db.before-restore-<time>."})
final class RestoreCommand implements Callable<Integer> {

    static final int REFUSED = 1;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "backup", description = "The backup file, e.g. data/backups/tandem-20250101-030000-000.zip")
    Path backup;

    @Option(names = "--tandem.data-dir", paramLabel = "dir", defaultValue = "./data",
            description = "The server's data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() {
        try {
            H2Restore.Restored restored = H2Restore.restore(backup, dataDir, Clock.systemUTC());
            spec.commandLine().getOut().println("Restored " + backup + " into " + restored.database()
                    + restored.previous().map(previous -> "; the database it replaced is kept as " + previous).orElse(""));
            return 0;
        } catch (RestoreRefusedException refused) {
            spec.commandLine().getErr().println("Not restored: " + refused.getMessage());
            return REFUSED;
        }
    }
}
