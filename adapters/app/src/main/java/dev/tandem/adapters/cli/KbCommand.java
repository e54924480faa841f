package dev.tandem.adapters.cli;

import dev.tandem.bot.content.ContentLint;
import dev.tandem.bot.content.IntentPhrasings;
import dev.tandem.bot.content.ContentReport;
import dev.tandem.intents.ContentException;
import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.language.LanguageGuess;
import dev.tandem.intents.language.ShortTextLanguageDetector;
import dev.tandem.kb.FaqHit;
import dev.tandem.kb.FaqLibrary;
import dev.tandem.kb.SearchEvaluation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb}: the content editor's tools. Exit code 0 when all is well, 1 when problems were found, 2 on misuse. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Check and preview the FAQ.",
        subcommands = {KbCommand.Lint.class, KbCommand.Search.class, KbCommand.Eval.class})
final class KbCommand {

    /** The FAQ as the server builds it: with the intent files' examples, when they load. */
    static FaqLibrary faqLibrary(Path contentDir) {
        try {
            return FaqLibrary.load(contentDir, IntentPhrasings.of(IntentCatalog.load(contentDir)));
        } catch (ContentException invalidIntents) {
            return FaqLibrary.load(contentDir);
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = "Validate every FAQ and intent file; print each problem as file:line: reason.")
    static final class Lint implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "content-dir",
                description = "Directory with faq/ and intents/ (default: the bundled demo shop).")
        Path contentDir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (contentDir != null && !Files.isDirectory(contentDir)) {
                return TandemCli.misuse(spec, contentDir + ": not a directory");
            }
            try (ContentArgument content = ContentArgument.of(contentDir)) {
                ContentReport report = ContentLint.lint(content.directory());
                report.problems().forEach(out::println);
                out.printf(Locale.ROOT, "%s: %d problem(s); %d intents; FAQ entries %s%n",
                        report.clean() ? "OK" : "FAILED", report.problems().size(), report.intents(), report.faqEntries());
                out.flush();
                return report.clean() ? 0 : TandemCli.PROBLEMS;
            }
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Preview how the bot's FAQ search ranks entries for a question.")
    static final class Search implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "query", description = "The question, as a shopper would type it.")
        String query;

        @Parameters(index = "1", arity = "0..1", paramLabel = "content-dir",
                description = "Directory with faq/ and intents/ (default: the bundled demo shop).")
        Path contentDir;

        @Option(names = "--lang", paramLabel = "xx", description = "en, ru, uk or pl (default: detected from the query).")
        String language;

        @Option(names = "--limit", defaultValue = "5", description = "How many hits to show (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (language != null && Language.fromCode(language).filter(l -> l.code().equals(language)).isEmpty()) {
                return TandemCli.misuse(spec, "--lang must be one of en, ru, uk, pl");
            }
            try (ContentArgument content = ContentArgument.of(contentDir)) {
                String lang = language != null ? language : detect(content.directory());
                List<FaqHit> hits = faqLibrary(content.directory()).index().search(lang, query, limit);
                out.printf(Locale.ROOT, "query: \"%s\" (%s)%n", query, lang);
                if (hits.isEmpty()) {
                    out.println("no entry matches");
                }
                for (int i = 0; i < hits.size(); i++) {
                    FaqHit hit = hits.get(i);
                    out.printf(Locale.ROOT, "%2d. %.2f  %-24s %s%n", i + 1, hit.score(), hit.entry().id(), hit.entry().title());
                }
                out.flush();
                return 0;
            }
        }

        /** The language the bot would hear; English when the intents cannot be loaded or the text is neutral. */
        private String detect(Path contentDir) {
            try {
                LanguageGuess guess = new ShortTextLanguageDetector(IntentCatalog.load(contentDir)).detect(query);
                return guess.language().map(Language::code).orElse("en");
            } catch (ContentException invalid) {
                return "en";
            }
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Measure how findable the FAQ is: Recall@1 and MRR per language on labelled questions.")
    static final class Eval implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "file",
                description = "Tab-separated lang, faq_id, query (default: eval/faq-paraphrases.tsv in the content).")
        Path file;

        @Option(names = "--content", paramLabel = "dir", description = "Content directory (default: the bundled demo shop).")
        Path contentDir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ContentArgument content = ContentArgument.of(contentDir)) {
                Path questions = file != null ? file : content.directory().resolve("eval").resolve("faq-paraphrases.tsv");
                if (!Files.isRegularFile(questions)) {
                    return TandemCli.misuse(spec, questions + ": no such file");
                }
                List<SearchEvaluation.LabelledQuery> queries;
                try {
                    queries = SearchEvaluation.read(questions);
                } catch (IllegalArgumentException malformed) {
                    return TandemCli.misuse(spec, malformed.getMessage());
                }
                SearchEvaluation.Report report = SearchEvaluation.evaluate(faqLibrary(content.directory()).index(), queries);
                out.println("| language | questions | Recall@1 | MRR |");
                out.println("|---|---:|---:|---:|");
                report.languages().forEach((language, score) -> out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n",
                        language, score.queries(), score.recallAt1(), score.mrr()));
                if (!report.misses().isEmpty()) {
                    out.println();
                    out.println("Not ranked first:");
                }
                for (SearchEvaluation.Miss miss : report.misses()) {
                    out.printf(Locale.ROOT, "  %s:%d [%s] \"%s\" expected %s, first %s%s%n", questions.getFileName(),
                            miss.query().line(), miss.query().language(), miss.query().query(), miss.query().faqId(),
                            miss.foundFirst(), miss.rankFound() == 0 ? " (not in top 10)" : " (rank " + miss.rankFound() + ")");
                }
                out.flush();
                return 0;
            }
        }
    }
}
