package dev.tandem.intents.language;

/** Tells which of Tandem's languages a (usually short) chat message is written in. Thread-safe. */
public interface LanguageDetector {

    /**
     * Never throws. Text that says nothing about its language (digits, an e-mail address, "ok", emoji)
     * gives {@link LanguageGuess#neutral()} so the conversation keeps its language.
     */
    LanguageGuess detect(String text);
}
