package dev.tandem.adapters.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands of {@code java -jar tandem.jar <command>} that run and exit instead of starting the server:
 * tools for content editors and evaluation, and restoring a backup. They share their exit codes (0 when all is
 * well, {@link #PROBLEMS}, {@link #MISUSE}) and how they write a report file.
 */
@Command(name = "tandem.jar", mixinStandardHelpOptions = true,
        description = "Tandem commands. Without a command, the jar starts the server.",
        subcommands = {KbCommand.class, EvalCommand.class, BenchmarkCommand.class, RestoreCommand.class})
public final class TandemCli {

    /** The input was read and found wanting. */
    static final int PROBLEMS = 1;
    /** Wrong arguments (picocli's convention). */
    static final int MISUSE = 2;

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

    /** Ends a command on wrong arguments, saying why on stderr. */
    static int misuse(CommandSpec spec, String reason) {
        spec.commandLine().getErr().println(reason);
        return MISUSE;
    }

    /** Ends a command whose input has problems, each on stderr. */
    static int problems(CommandSpec spec, List<?> problems) {
        problems.forEach(spec.commandLine().getErr()::println);
        return PROBLEMS;
    }

    /** Writes a report beside what the command prints: UTF-8, in a directory made for it when there is none. */
    static void writeReport(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + file, e);
        }
    }
}
