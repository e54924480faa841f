package dev.tandem.intents.language;

import dev.tandem.intents.Language;

/** Tells which of Tandem's languages a (usually short) chat message is written in. Thread-safe. */
public interface LanguageDetector {

    /**
     * Never throws. Text that says nothing about its language (digits, an e-mail address, "ok", emoji)
     * gives {@link LanguageGuess#neutral()} so the conversation keeps its language.
     */
    LanguageGuess detect(String text);

    /**
     * As {@link #detect(String)}, for a message of a conversation held in {@code conversation}: when the text
     * fits that language about as well as another ("Да, бачу." is Russian or Ukrainian), the conversation's
     * language wins. Detectors without such a preference ignore it.
     */
    default LanguageGuess detect(String text, Language conversation) {
        return detect(text);
    }
}
