package dev.tandem.adapters.cli;

import dev.tandem.intents.ContentException;
import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.language.LanguageDetector;
import dev.tandem.intents.language.LanguageGuess;
import dev.tandem.intents.language.ShortTextLanguageDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval language <dir>}: the language detector on sentences of public text ({@code <lang>.txt}, one
 * sentence a line), per language for sentences of 1–4 and of 5–10 words (issue #19's targets ≥ 94 % and
 * ≥ 99 %). The detector is the bot's, built from the content's intents, and gets no page language to lean on.
 */
@Command(name = "language", mixinStandardHelpOptions = true,
        description = "Detect the language of every sentence in <dir>/<lang>.txt (en, ru, uk, pl; one sentence a "
                + "line) and report the accuracy per language for 1-4 and 5-10 words. "
                + "eval/language/manpage-sentences.py builds such a directory from Debian's man pages.")
final class LanguageEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "dir", description = "Directory with en.txt, ru.txt, uk.txt, pl.txt.")
    Path sentences;

    @Option(names = "--content", paramLabel = "dir",
            description = "Content directory whose intents train the detector (default: the bundled demo shop).")
    Path content;

    /** Detections of one language and length: how many, how many right, and what the wrong ones were. */
    private static final class Tally {
        int total;
        int right;
        final Map<String, Integer> wrong = new TreeMap<>();

        String cell() {
            if (total == 0) {
                return "–";
            }
            String result = String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100.0 * right / total, right, total);
            return wrong.isEmpty() ? result : result + " " + wrong;
        }
    }

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        if (!Files.isDirectory(sentences)) {
            return TandemCli.misuse(spec, sentences + ": not a directory");
        }
        LanguageDetector detector;
        try (ContentArgument contentDir = ContentArgument.of(content)) {
            detector = new ShortTextLanguageDetector(IntentCatalog.load(contentDir.directory()));
        } catch (ContentException invalid) {
            return TandemCli.problems(spec, invalid.problems());
        }
        console.println("| language | 1–4 words (target ≥ 94 %) | 5–10 words (target ≥ 99 %) |");
        console.println("|---|---:|---:|");
        int languages = 0;
        for (Language language : Language.values()) {
            Path file = sentences.resolve(language.code() + ".txt");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            languages++;
            Tally short_ = new Tally();
            Tally long_ = new Tally();
            for (String sentence : lines(file)) {
                int words = sentence.split("\\s+").length;
                Tally tally = words <= 4 ? short_ : words <= 10 ? long_ : null;
                if (tally == null) {
                    continue;
                }
                LanguageGuess guess = detector.detect(sentence);
                String detected = guess.language().map(Language::code).orElse("none");
                tally.total++;
                if (detected.equals(language.code())) {
                    tally.right++;
                } else {
                    tally.wrong.merge(detected, 1, Integer::sum);
                }
            }
            console.printf("| %s | %s | %s |%n", language.code(), short_.cell(), long_.cell());
        }
        if (languages == 0) {
            return TandemCli.misuse(spec, sentences + ": no en.txt, ru.txt, uk.txt or pl.txt");
        }
        console.println("Wrong detections are listed as {detected language=count}; \"none\" means the detector "
                + "found nothing to go on.");
        console.flush();
        return 0;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
