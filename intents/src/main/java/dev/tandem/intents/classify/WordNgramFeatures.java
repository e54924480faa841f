package dev.tandem.intents.classify;

import java.util.List;

/** Word unigrams and bigrams: {@code w=zwrot}, {@code ww=zwrot_pieniedzy}. */
final class WordNgramFeatures implements FeatureExtractor {

    @Override
    public void extract(Words words, List<String> features) {
        String[] tokens = words.tokens();
        for (int i = 0; i < tokens.length; i++) {
            features.add("w=" + tokens[i]);
            if (i + 1 < tokens.length) {
                features.add("ww=" + tokens[i] + "_" + tokens[i + 1]);
            }
        }
    }
}
