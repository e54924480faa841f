package dev.tandem.intents.catalog;

import dev.tandem.intents.Language;
import java.util.List;
import java.util.Map;

/** One intent from {@code intents/<name>.yml}: what it does and how shoppers say it, per language. */
public record IntentDefinition(String name, IntentAction action, Map<Language, List<String>> examples) {

    public IntentDefinition {
        examples = Map.copyOf(examples);
    }

    public List<String> examples(Language language) {
        return examples.getOrDefault(language, List.of());
    }
}
