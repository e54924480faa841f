package dev.tandem.intents.eval;

import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentAction;
import dev.tandem.intents.catalog.IntentDefinition;
import dev.tandem.intents.classify.IntentClassifier;
import dev.tandem.intents.classify.ScoredIntent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The public intent benchmarks (CLINC150, BANKING77) run the way their papers define them: train on the
 * training split, choose the out-of-scope threshold on the validation split only (the CLINC150 rule:
 * maximise accuracy over all classes with out-of-scope counted as one), report on the test split. The
 * out-of-scope examples of train are never trained on (the threshold setting learns the in-scope intents only),
 * so a caller may add them to the validation split for a larger out-of-scope sample.
 */
public final class IntentBenchmark {

    /** A labelled utterance; the out-of-scope label marks text no intent covers. */
    public record Example(String text, String intent) {
    }

    /**
     * @param inScopeAccuracy share of in-scope test examples given their intent (not rejected)
     * @param oosRecall       share of out-of-scope test examples rejected; NaN when the data has none
     * @param threshold       confidence below which a message is out of scope (0 when not rejecting)
     * @param validationInScopeAccuracy and {@code validationOosRecall}: the same on the validation split, with the
     *        threshold chosen there; what a change to the classifier is judged by, so that test stays unseen
     *        (NaN without validation examples of that kind)
     */
    public record Result(double inScopeAccuracy, double oosRecall, double threshold, double validationInScopeAccuracy,
                         double validationOosRecall, double trainSeconds, double medianMicrosPerQuery) {
    }

    private final Function<List<IntentDefinition>, IntentClassifier> trainer;
    private final Consumer<String> progress;

    public IntentBenchmark(Function<List<IntentDefinition>, IntentClassifier> trainer, Consumer<String> progress) {
        this.trainer = trainer;
        this.progress = progress;
    }

    public Result run(List<Example> train, List<Example> validation, List<Example> test, String outOfScope) {
        List<IntentDefinition> intents = intents(train, outOfScope);
        int examples = intents.stream().mapToInt(intent -> intent.examples(Language.EN).size()).sum();
        progress.accept("training on " + examples + " examples of " + intents.size() + " intents");
        long started = System.nanoTime();
        IntentClassifier classifier = trainer.apply(intents);
        double trainSeconds = (System.nanoTime() - started) / 1e9;
        progress.accept(String.format("trained in %.1f s; choosing the threshold on %d validation examples",
                trainSeconds, validation.size()));
        List<ScoredIntent> validationGuesses = classify(classifier, validation, null);
        double threshold = hasOutOfScope(validation, outOfScope) ? bestThreshold(validation, validationGuesses, outOfScope) : 0;
        Scores validated = score(validation, validationGuesses, threshold, outOfScope);
        progress.accept(String.format("threshold %.3f (validation: in-scope accuracy %.4f, out-of-scope recall %.3f); "
                + "evaluating %d test examples", threshold, validated.inScopeAccuracy(), validated.oosRecall(), test.size()));
        long[] nanos = new long[test.size()];
        Scores tested = score(test, classify(classifier, test, nanos), threshold, outOfScope);
        Arrays.sort(nanos);
        double median = nanos.length == 0 ? 0 : nanos[nanos.length / 2] / 1000.0;
        return new Result(tested.inScopeAccuracy(), tested.oosRecall(), threshold, validated.inScopeAccuracy(),
                validated.oosRecall(), trainSeconds, median);
    }

    private record Scores(double inScopeAccuracy, double oosRecall) {
    }

    /** The share of in-scope examples given their intent and of out-of-scope ones rejected (NaN when there are none). */
    private static Scores score(List<Example> examples, List<ScoredIntent> guesses, double threshold, String outOfScope) {
        int inScope = 0;
        int inScopeRight = 0;
        int outside = 0;
        int outsideRejected = 0;
        for (int i = 0; i < examples.size(); i++) {
            String predicted = label(guesses.get(i), threshold, outOfScope);
            if (examples.get(i).intent().equals(outOfScope)) {
                outside++;
                outsideRejected += predicted.equals(outOfScope) ? 1 : 0;
            } else {
                inScope++;
                inScopeRight += predicted.equals(examples.get(i).intent()) ? 1 : 0;
            }
        }
        return new Scores(inScope == 0 ? Double.NaN : (double) inScopeRight / inScope,
                outside == 0 ? Double.NaN : (double) outsideRejected / outside);
    }

    private static List<IntentDefinition> intents(List<Example> train, String outOfScope) {
        Map<String, List<String>> byIntent = new LinkedHashMap<>();
        for (Example example : train) {
            if (!example.intent().equals(outOfScope)) {
                byIntent.computeIfAbsent(example.intent(), intent -> new ArrayList<>()).add(example.text());
            }
        }
        List<IntentDefinition> intents = new ArrayList<>();
        byIntent.forEach((intent, texts) -> intents.add(new IntentDefinition(intent, IntentAction.FAQ, Map.of(Language.EN, texts))));
        return intents;
    }

    private static List<ScoredIntent> classify(IntentClassifier classifier, List<Example> examples, long[] nanos) {
        List<ScoredIntent> guesses = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            long started = System.nanoTime();
            guesses.add(classifier.classify(examples.get(i).text(), Language.EN).best());
            if (nanos != null) {
                nanos[i] = System.nanoTime() - started;
            }
        }
        return guesses;
    }

    /**
     * The confidence cut that makes the most validation examples right, out-of-scope counted as a class. The
     * labels change only at the validation confidences, so every cut between the highest confidence it rejects
     * and the lowest it keeps is as good on validation: the midpoint is taken, leaving both sides the same margin.
     */
    private static double bestThreshold(List<Example> validation, List<ScoredIntent> guesses, String outOfScope) {
        TreeSet<Double> candidates = new TreeSet<>();
        candidates.add(0.0);
        guesses.forEach(guess -> candidates.add(guess.confidence()));
        double best = 0;
        double below = 0;
        double previous = 0;
        int bestRight = -1;
        for (double threshold : candidates) {
            int right = 0;
            for (int i = 0; i < validation.size(); i++) {
                right += label(guesses.get(i), threshold, outOfScope).equals(validation.get(i).intent()) ? 1 : 0;
            }
            if (right > bestRight) {
                bestRight = right;
                best = threshold;
                below = previous;
            }
            previous = threshold;
        }
        return best == 0 ? 0 : (below + best) / 2;
    }

    private static boolean hasOutOfScope(List<Example> examples, String outOfScope) {
        return examples.stream().anyMatch(example -> example.intent().equals(outOfScope));
    }

    private static String label(ScoredIntent guess, double threshold, String outOfScope) {
        return guess.confidence() < threshold ? outOfScope : guess.intent();
    }
}
