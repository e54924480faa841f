package dev.tandem.intents.language;

import dev.tandem.intents.Language;
import java.util.Optional;

/**
 * What a message says about its language: a language with a confidence in [0, 1], or nothing when the
 * text is neutral ("ok", "100234", an e-mail address) and the conversation's language should stay.
 */
public record LanguageGuess(Optional<Language> language, double confidence) {

    public static LanguageGuess neutral() {
        return new LanguageGuess(Optional.empty(), 0.0);
    }

    public static LanguageGuess of(Language language, double confidence) {
        return new LanguageGuess(Optional.of(language), confidence);
    }
}
