package dev.tandem.intents.classify;

import java.util.List;
import java.util.Optional;

/**
 * The classifier's ranked guesses for one message, best first. Empty when the text carries nothing to
 * classify (blank, emoji only); {@link #best()} then has confidence 0.
 */
public record IntentPrediction(List<ScoredIntent> ranked) {

    private static final ScoredIntent NOTHING = new ScoredIntent("", 0.0);

    public IntentPrediction {
        ranked = List.copyOf(ranked);
    }

    public static IntentPrediction empty() {
        return new IntentPrediction(List.of());
    }

    public ScoredIntent best() {
        return ranked.isEmpty() ? NOTHING : ranked.get(0);
    }

    public Optional<ScoredIntent> runnerUp() {
        return ranked.size() < 2 ? Optional.empty() : Optional.of(ranked.get(1));
    }
}
