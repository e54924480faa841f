package dev.tandem.adapters.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The commands of {@code java -jar tandem.jar <command>} that run and exit instead of starting the server:
 * tools for content editors and evaluation, and restoring a backup.
 */
@Command(name = "tandem.jar", mixinStandardHelpOptions = true,
        description = "Tandem commands. Without a command, the jar starts the server.",
        subcommands = {KbCommand.class, EvalCommand.class, BenchmarkCommand.class, RestoreCommand.class})
public final class TandemCli {

    private static final Set<String> COMMANDS = Set.of("kb", "eval", "benchmark", "restore", "--help", "-h");

    private TandemCli() {
    }

    /** Whether these arguments name a command rather than server options ({@code --server.port=…}). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TandemCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }
}
