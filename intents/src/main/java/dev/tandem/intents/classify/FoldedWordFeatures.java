package dev.tandem.intents.classify;

import java.util.List;

/** Words with their diacritics removed, so "zwrot pieniedzy" and "zwrot pieniędzy" share evidence. */
final class FoldedWordFeatures implements FeatureExtractor {

    @Override
    public void extract(Words words, List<String> features) {
        for (String folded : words.folded()) {
            features.add("f=" + folded);
        }
    }
}
