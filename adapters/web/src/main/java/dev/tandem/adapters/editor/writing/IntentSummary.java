package dev.tandem.adapters.editor.writing;

import dev.tandem.intents.catalog.IntentCatalog;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** An intent as the editor's pickers list it: its name and what it does ({@code faq}, {@code handoff}, …). */
public record IntentSummary(String name, String action) {

    /** The catalog's intents by name. */
    public static List<IntentSummary> of(IntentCatalog catalog) {
        return catalog.intents().stream()
                .map(intent -> new IntentSummary(intent.name(), intent.action().name().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing(IntentSummary::name)).toList();
    }
}
