package dev.tandem.bot.content;

import java.util.List;
import java.util.Map;

/**
 * What linting a content directory found: every problem as {@code file:line: reason}, and what loaded.
 *
 * @param faqEntries entries per language that loaded
 */
public record ContentReport(List<String> problems, int intents, Map<String, Integer> faqEntries) {

    public ContentReport {
        problems = List.copyOf(problems);
        faqEntries = Map.copyOf(faqEntries);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
