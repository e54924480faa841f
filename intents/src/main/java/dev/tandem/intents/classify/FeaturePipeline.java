package dev.tandem.intents.classify;

import dev.tandem.intents.Language;
import dev.tandem.intents.text.TextNormalizer;
import dev.tandem.intents.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The one chain from a message to its features, the same for training and for classifying:
 *
 * <pre>
 * text → {@link TextNormalizer} (NFKC, lower case, apostrophes, first 1,000 characters) → word tokens
 *      → {@link Vocabulary} (Latin-typed ru/uk to Cyrillic, diacritics and spelling from the content, synonyms)
 *      → {@link Words} (each token diacritics-folded once)
 *      → similarity features: {@link WordNgramFeatures word 1–2-grams}, {@link CharNgramFeatures character 3–5-grams}
 *      → model-only features: {@link FoldedWordFeatures folded words}, {@link StemFeatures stems},
 *        {@link CountryFeatures abroad}, {@link ConceptFeatures concepts}
 * </pre>
 *
 * The maximum-entropy model sees all features; the nearest-example index ({@link NearestExamples}) the
 * similarity features only. Thread-safe.
 */
final class FeaturePipeline {

    private final Vocabulary vocabulary;

    FeaturePipeline(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

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

    /** @param language the message's language: it chooses the synonyms, and whether Latin letters are transliterated */
    Features features(String text, Language language) {
        Words words = Words.of(vocabulary.tokens(text, language));
        List<String> all = new ArrayList<>(words.size() * 40);
        SIMILARITY.forEach(extractor -> extractor.extract(words, all));
        int similar = all.size();
        MODEL_ONLY.forEach(extractor -> extractor.extract(words, all));
        return new Features(all.subList(0, similar), all);
    }
}
