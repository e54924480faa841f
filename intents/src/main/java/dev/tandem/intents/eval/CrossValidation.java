package dev.tandem.intents.eval;

import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.catalog.IntentDefinition;
import dev.tandem.intents.classify.IntentClassifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

/**
 * k-fold cross-validation on a shop's own intents: every example is classified once by a model that did
 * not see it. Folds are drawn per intent and language with a fixed seed, so every fold holds every intent
 * in every language and two runs on the same files give the same numbers. Each intent and language is
 * shuffled with a seed of its own and starts its round of the folds at a fold of its own: an example added to
 * one intent leaves every other intent's folds as they were (which makes a content change measurable), and
 * the folds come out of about equal size.
 */
public final class CrossValidation {

    private final int folds;
    private final long seed;
    private final Function<List<IntentDefinition>, IntentClassifier> trainer;

    /** @param trainer trains a classifier on the given intents (the production trainer, in practice) */
    public CrossValidation(int folds, long seed, Function<List<IntentDefinition>, IntentClassifier> trainer) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        this.folds = folds;
        this.seed = seed;
        this.trainer = trainer;
    }

    public EvaluationReport run(IntentCatalog catalog) {
        Map<String, Map<Language, List<List<String>>>> split = split(catalog);
        List<Prediction> predictions = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            IntentClassifier classifier = trainer.apply(trainingSet(catalog, split, fold));
            for (IntentDefinition intent : catalog.intents()) {
                for (Language language : Language.values()) {
                    for (String example : split.get(intent.name()).get(language).get(fold)) {
                        String predicted = classifier.classify(example, language).best().intent();
                        predictions.add(new Prediction(language, intent.name(), predicted, example));
                    }
                }
            }
        }
        return new EvaluationReport(catalog.intents().stream().map(IntentDefinition::name).toList(), predictions);
    }

    /** One held-out example: its language, the intent it belongs to, what the model said, and the example itself. */
    public record Prediction(Language language, String expected, String predicted, String example) {
    }

    private Map<String, Map<Language, List<List<String>>>> split(IntentCatalog catalog) {
        Map<String, Map<Language, List<List<String>>>> split = new HashMap<>();
        for (IntentDefinition intent : catalog.intents()) {
            Map<Language, List<List<String>>> byLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                Random random = new Random(Objects.hash(seed, intent.name(), language.code()));
                List<String> shuffled = new ArrayList<>(intent.examples(language));
                Collections.shuffle(shuffled, random);
                List<List<String>> parts = new ArrayList<>();
                for (int fold = 0; fold < folds; fold++) {
                    parts.add(new ArrayList<>());
                }
                int first = random.nextInt(folds);
                for (int i = 0; i < shuffled.size(); i++) {
                    parts.get((first + i) % folds).add(shuffled.get(i));
                }
                byLanguage.put(language, parts);
            }
            split.put(intent.name(), byLanguage);
        }
        return split;
    }

    private List<IntentDefinition> trainingSet(IntentCatalog catalog, Map<String, Map<Language, List<List<String>>>> split,
                                               int heldOut) {
        List<IntentDefinition> training = new ArrayList<>();
        for (IntentDefinition intent : catalog.intents()) {
            Map<Language, List<String>> examples = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                List<String> kept = new ArrayList<>();
                List<List<String>> parts = split.get(intent.name()).get(language);
                for (int fold = 0; fold < folds; fold++) {
                    if (fold != heldOut) {
                        kept.addAll(parts.get(fold));
                    }
                }
                examples.put(language, kept);
            }
            training.add(new IntentDefinition(intent.name(), intent.action(), examples));
        }
        return training;
    }
}
