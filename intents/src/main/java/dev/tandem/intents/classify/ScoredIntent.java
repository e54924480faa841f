package dev.tandem.intents.classify;

/** An intent with the classifier's calibrated confidence in [0, 1]. */
public record ScoredIntent(String intent, double confidence) {
}
