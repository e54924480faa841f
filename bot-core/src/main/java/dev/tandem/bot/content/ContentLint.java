package dev.tandem.bot.content;

import dev.tandem.intents.ContentException;
import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentAction;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.catalog.IntentDefinition;
import dev.tandem.kb.FaqEntry;
import dev.tandem.kb.FaqLibrary;
import dev.tandem.kb.canned.CannedResponses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a whole content directory the way the bot will use it: each file on its own (the libraries'
 * validation) and the links between them — an FAQ entry must name an intent that exists and answers from
 * the FAQ, and such an intent must have its entry in every language, or shoppers of that language would
 * be understood and then left without an answer.
 */
public final class ContentLint {

    private ContentLint() {
    }

    public static ContentReport lint(Path contentDir) {
        List<String> problems = new ArrayList<>();
        Optional<IntentCatalog> catalog;
        try {
            catalog = Optional.of(IntentCatalog.load(contentDir));
        } catch (ContentException invalid) {
            invalid.problems().forEach(problem -> problems.add(problem.toString()));
            catalog = Optional.empty();
        }
        FaqLibrary faq = FaqLibrary.load(contentDir);
        faq.problems().forEach(problem -> problems.add(problem.toString()));
        CannedResponses.load(contentDir).problems().forEach(problem -> problems.add(problem.toString()));
        catalog.ifPresent(intents -> problems.addAll(crossCheck(contentDir, intents, faq)));
        return new ContentReport(problems, catalog.map(c -> c.intents().size()).orElse(0), faq.index().entryCounts());
    }

    /** Problems between intents and FAQ entries that each file alone cannot show. */
    public static List<String> crossCheck(Path contentDir, IntentCatalog catalog, FaqLibrary faq) {
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            for (IntentDefinition intent : catalog.intents()) {
                if (intent.action() == IntentAction.FAQ && faq.index().answerFor(language.code(), intent.name()).isEmpty()) {
                    Path file = contentDir.resolve("intents").resolve(intent.name() + ".yml");
                    problems.add(file + ":" + lineOf(file, "action") + ": intent '" + intent.name()
                            + "' answers from the FAQ, but no " + language.code() + " entry names it (intent: "
                            + intent.name() + ")");
                }
            }
        }
        for (String language : faq.index().entryCounts().keySet()) {
            faq.index().entries(language).forEach(entry -> checkNamedIntent(entry, catalog, problems));
        }
        return problems;
    }

    private static void checkNamedIntent(FaqEntry entry, IntentCatalog catalog, List<String> problems) {
        if (entry.intent().isEmpty()) {
            return;
        }
        String name = entry.intent().get();
        Optional<IntentDefinition> intent = catalog.intent(name);
        String where = entry.source() + ":" + lineOf(entry.source(), "intent") + ": ";
        if (intent.isEmpty()) {
            problems.add(where + "intent '" + name + "' does not exist in intents/");
        } else if (intent.get().action() != IntentAction.FAQ) {
            problems.add(where + "intent '" + name + "' has action " + intent.get().action().name().toLowerCase(Locale.ROOT)
                    + ", so the bot never answers it from the FAQ");
        }
    }

    /** The line of a top-level key, for messages that point at what to fix; 1 when it cannot be found. */
    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(key + ":")) {
                    return i + 1;
                }
            }
        } catch (IOException unreadable) {
            // The file's own reader already reported it.
        }
        return 1;
    }
}
