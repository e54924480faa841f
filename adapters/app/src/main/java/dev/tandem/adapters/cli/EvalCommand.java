package dev.tandem.adapters.cli;

import dev.tandem.intents.ContentException;
import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import dev.tandem.intents.eval.CrossValidation;
import dev.tandem.intents.eval.EvaluationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval}: how well the shop's own intents are told apart, by k-fold cross-validation. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        subcommands = {OutsideEvalCommand.class, LanguageEvalCommand.class},
        description = "Cross-validate the intent model on the shop's intents: per-intent and per-language "
                + "precision, recall, F1 and a confusion matrix (Markdown and an HTML heatmap). "
                + "'eval outside <set-dir>' measures the bot on an outside set, 'eval language <dir>' the language "
                + "detector on sentences.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "content-dir",
            description = "Directory with intents/ (default: the bundled demo shop).")
    Path contentDir;

    @Option(names = "--folds", defaultValue = "5", description = "Number of folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--out", defaultValue = "eval-report", paramLabel = "dir",
            description = "Where to write intent-eval.md and intent-eval.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        if (folds < 2) {
            return TandemCli.misuse(spec, "--folds must be at least 2");
        }
        try (ContentArgument content = ContentArgument.of(contentDir)) {
            IntentCatalog catalog;
            try {
                catalog = IntentCatalog.load(content.directory());
            } catch (ContentException invalid) {
                return TandemCli.problems(spec, invalid.problems());
            }
            long started = System.nanoTime();
            EvaluationReport report = new CrossValidation(folds, 42,
                    intents -> OpenNlpIntentClassifier.train(intents, catalog.synonyms())).run(catalog);
            TandemCli.writeReport(out.resolve("intent-eval.md"), report.toMarkdown());
            TandemCli.writeReport(out.resolve("intent-eval.html"), report.toHtml());
            console.println("| language | accuracy | macro-F1 |");
            console.println("|---|---:|---:|");
            for (Language language : Language.values()) {
                console.printf(Locale.ROOT, "| %s | %.3f | %.3f |%n", language.code(), report.accuracy(language),
                        report.macroF1(language));
            }
            console.printf(Locale.ROOT, "%d-fold cross-validation in %d s; report: %s, %s%n", folds,
                    (System.nanoTime() - started) / 1_000_000_000, out.resolve("intent-eval.md"), out.resolve("intent-eval.html"));
            console.flush();
            return 0;
        }
    }
}
