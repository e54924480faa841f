package dev.tandem.intents.classify;

import dev.tandem.intents.Language;

/** Tells which intent a shopper's message expresses, with a calibrated confidence. Thread-safe. */
public interface IntentClassifier {

    /** Never throws for any text (blank, huge, emoji, control characters): such text gets a low confidence. */
    IntentPrediction classify(String text, Language language);
}
