package dev.tandem.adapters.cli;

import dev.tandem.adapters.content.ContentDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval outside <set-dir>}: issue #19's targets measured on an outside set, each message in a new
 * conversation of the server started in this process (see {@link OutsideBot}).
 */
@Command(name = "outside", mixinStandardHelpOptions = true,
        description = "Send every labelled message of an outside set (<set-dir>/<lang>.tsv) into a new conversation "
                + "of the server started in this process and report: right FAQ answer, confidently wrong, "
                + "out-of-scope without FAQ answer, person requests queued, order lookups, and the "
                + "precision/coverage curve of the intent confidence. See eval/outside/README.md.")
final class OutsideEvalCommand implements Callable<Integer> {

    /** The server's model cache inside a data directory. */
    private static final String MODELS = "models";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "set-dir", description = "Directory with en.tsv, ru.tsv, uk.tsv, pl.tsv.")
    Path set;

    @Option(names = "--content", paramLabel = "dir",
            description = "Content directory the server answers from (default: the bundled demo shop).")
    Path content;

    @Option(names = "--data-dir", paramLabel = "dir",
            description = "Where the trained models are cached between runs (its models/ folder; e.g. ./data). "
                    + "Conversations always go to a fresh temporary directory, so every run starts with an empty "
                    + "queue. Default: none, the intent model is trained afresh.")
    Path dataDir;

    @Option(names = "--property", paramLabel = "name=value",
            description = "A further server property, e.g. --property tandem.dialogue.intent-confidence=0.5 "
                    + "(repeatable).")
    Map<String, String> properties = new LinkedHashMap<>();

    @Option(names = "--errors",
            description = "Also list every message not handled as labelled (for the dev half only: never read "
                    + "the test half's errors).")
    boolean errors;

    @Option(names = "--out", paramLabel = "file", description = "Also write the report as Markdown to this file.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        if (!Files.isDirectory(set)) {
            return TandemCli.misuse(spec, set + ": not a directory");
        }
        if (content != null && !Files.isDirectory(content.resolve("intents"))) {
            return TandemCli.misuse(spec, content + ": not a content directory (no intents/)");
        }
        long started = System.nanoTime();
        Path data = temporaryDataDir();
        if (dataDir != null) {
            mirrorModels(dataDir.resolve(MODELS), data.resolve(MODELS));
        }
        try (OutsideBot bot = new OutsideBot(Optional.ofNullable(content).map(dir -> dir.toAbsolutePath().normalize()),
                data.toAbsolutePath().normalize(), properties)) {
            long ready = System.nanoTime();
            OutsideSet outside = OutsideSet.read(set, bot.faqIds());
            if (!outside.problems().isEmpty()) {
                return TandemCli.problems(spec, outside.problems());
            }
            List<OutsideBot.Turn> turns = new ArrayList<>();
            for (OutsideMessage message : outside.messages()) {
                turns.add(bot.ask(message));
            }
            OutsideReport report = new OutsideReport(turns, bot.operatingPoints());
            String text = report.figures() + "\n" + report.faqOutcomes() + "\n" + report.curve()
                    + (errors ? "\n" + report.misses() : "");
            console.print(text);
            console.printf(Locale.ROOT, "%d messages from %s; server ready in %d s, messages answered in %d s%n",
                    turns.size(), set, (ready - started) / 1_000_000_000, (System.nanoTime() - ready) / 1_000_000_000);
            if (out != null) {
                TandemCli.writeReport(out, markdown(report));
                console.println("report: " + out);
            }
            console.flush();
            return 0;
        } finally {
            if (dataDir != null) {
                mirrorModels(data.resolve(MODELS), dataDir.resolve(MODELS));
            }
            deleteQuietly(data);
        }
    }

    private String markdown(OutsideReport report) {
        return "# Outside messages: " + set + "\n\n"
                + "Content: " + (content == null ? "the bundled demo shop" : content) + "; server properties: "
                + (properties.isEmpty() ? "defaults" : properties) + ". Definitions: eval/outside/README.md.\n\n"
                + "## Figures\n\n" + report.figures() + "\n## What the FAQ questions got\n\n" + report.faqOutcomes()
                + "\n## Precision and coverage of the intent confidence\n\n" + report.curve()
                + (errors ? "\n## Messages not handled as labelled\n\n" + report.misses() : "");
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("tandem-eval-outside");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory", e);
        }
    }

    /**
     * Makes {@code target} hold the model files of {@code source}: the server's model cache keeps only the files of
     * the content it last trained on, and so does the copy.
     */
    private static void mirrorModels(Path source, Path target) {
        try {
            Files.createDirectories(target);
            if (!Files.isDirectory(source)) {
                return;
            }
            try (Stream<Path> stale = Files.list(target)) {
                for (Path file : stale.filter(Files::isRegularFile).toList()) {
                    if (!Files.exists(source.resolve(file.getFileName()))) {
                        Files.delete(file);
                    }
                }
            }
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the cached models from " + source + " to " + target, e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            ContentDirectory.deleteRecursively(directory);
        } catch (IOException ignored) {
            // A leftover temporary directory is harmless; the report is what matters.
        }
    }
}
