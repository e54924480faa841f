package dev.tandem.bot.content;

import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.catalog.IntentDefinition;
import dev.tandem.kb.Phrasings;
import java.util.List;

/** The intent files' examples as extra phrasings for the FAQ search: one set of shopper wordings, two uses. */
public final class IntentPhrasings {

    private IntentPhrasings() {
    }

    public static Phrasings of(IntentCatalog catalog) {
        return (language, intent) -> Language.fromCode(language)
                .flatMap(lang -> catalog.intent(intent).map(definition -> examples(definition, lang)))
                .orElse(List.of());
    }

    private static List<String> examples(IntentDefinition definition, Language language) {
        return definition.examples(language);
    }
}
