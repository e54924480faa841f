package dev.tandem.intents.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.intents.classify.IntentPrediction;
import dev.tandem.intents.classify.ScoredIntent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentBenchmarkTest {

    /**
     * A stand-in model whose confidence is spelt out in the text ("… 0.8"), so the threshold chosen on the
     * validation split and the scores on test can be checked by hand.
     */
    private static IntentPrediction scripted(String text) {
        String[] words = text.split(" ");
        return new IntentPrediction(List.of(new ScoredIntent(words[0], Double.parseDouble(words[1]))));
    }

    @Test
    void givenValidationWithOutOfScope_whenRun_thenTheThresholdIsTheMidpointOfTheBestCutsAndTestIsScoredWithIt() {
        List<String> trainedIntents = new ArrayList<>();
        IntentBenchmark benchmark = new IntentBenchmark(intents -> {
            intents.forEach(intent -> trainedIntents.add(intent.name()));
            return (text, language) -> scripted(text);
        }, message -> { });
        List<IntentBenchmark.Example> train = List.of(example("balance 1", "balance"), example("transfer 1", "transfer"),
                example("weather 1", "oos"));
        List<IntentBenchmark.Example> validation = List.of(example("balance 0.9", "balance"), example("transfer 0.7", "transfer"),
                example("balance 0.4", "oos"), example("transfer 0.3", "oos"), example("balance 0.5", "balance"));
        List<IntentBenchmark.Example> test = List.of(example("balance 0.95", "balance"), example("transfer 0.47", "transfer"),
                example("transfer 0.2", "oos"), example("balance 0.6", "oos"));

        IntentBenchmark.Result result = benchmark.run(train, validation, test, "oos");

        assertThat(trainedIntents).containsExactly("balance", "transfer");
        // Every cut in (0.4, 0.5] gets all five validation examples right: halfway is 0.45, which keeps 0.47.
        assertThat(result.threshold()).isCloseTo(0.45, within(1e-9));
        assertThat(result.inScopeAccuracy()).isEqualTo(1.0);
        assertThat(result.oosRecall()).isEqualTo(0.5);
        assertThat(result.validationInScopeAccuracy()).isEqualTo(1.0);
        assertThat(result.validationOosRecall()).isEqualTo(1.0);
        assertThat(result.medianMicrosPerQuery()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void givenNoOutOfScopeExamples_whenRun_thenNothingIsRejected() {
        IntentBenchmark benchmark = new IntentBenchmark(intents -> (text, language) -> scripted(text), message -> { });

        IntentBenchmark.Result result = benchmark.run(List.of(example("a 1", "a")), List.of(example("a 0.1", "a")),
                List.of(example("a 0.05", "a"), example("b 0.9", "a")), "oos");

        assertThat(result.threshold()).isZero();
        assertThat(result.inScopeAccuracy()).isEqualTo(0.5);
        assertThat(result.oosRecall()).isNaN();
        assertThat(result.validationInScopeAccuracy()).isEqualTo(1.0);
        assertThat(result.validationOosRecall()).isNaN();
    }

    private static IntentBenchmark.Example example(String text, String intent) {
        return new IntentBenchmark.Example(text, intent);
    }
}
