package dev.tandem.intents.classify;

import dev.tandem.intents.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one chain from a message to its features, the same for training and for classifying:
 *
 * <pre>
 * text → {@link TextNormalizer} (NFKC, lower case, apostrophes, first 1,000 characters) → word tokens
 *      → {@link Words} (each token diacritics-folded once)
 *      → similarity features: {@link WordNgramFeatures word 1–2-grams}, {@link CharNgramFeatures character 3–5-grams}
 *      → model-only features: {@link FoldedWordFeatures folded words}, {@link StemFeatures stems},
 *        {@link CountryFeatures abroad}, {@link ConceptFeatures concepts}
 * </pre>
 *
 * The maximum-entropy model sees all features; the nearest-example index ({@link NearestExamples}) the
 * similarity features only. Thread-safe and stateless.
 */
final class FeaturePipeline {

    private static final List<FeatureExtractor> SIMILARITY = List.of(new WordNgramFeatures(), new CharNgramFeatures());
    private static final List<FeatureExtractor> MODEL_ONLY = List.of(new FoldedWordFeatures(), new StemFeatures(),
            new CountryFeatures(), new ConceptFeatures());

    /**
     * A message's features.
     *
     * @param similarity what {@link NearestExamples} compares
     * @param all        what the maximum-entropy model weighs: the similarity features and the rest
     */
    record Features(List<String> similarity, List<String> all) {

        boolean isEmpty() {
            return all.isEmpty();
        }
    }

    Features features(String text) {
        Words words = Words.of(TextNormalizer.tokens(text));
        List<String> all = new ArrayList<>(words.size() * 40);
        SIMILARITY.forEach(extractor -> extractor.extract(words, all));
        int similar = all.size();
        MODEL_ONLY.forEach(extractor -> extractor.extract(words, all));
        return new Features(all.subList(0, similar), all);
    }
}
