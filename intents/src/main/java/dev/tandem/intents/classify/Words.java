package dev.tandem.intents.classify;

import dev.tandem.intents.text.TextNormalizer;

/**
 * A message as the feature extractors see it: its tokens after normalisation and the shop's vocabulary, and
 * the same tokens {@link TextNormalizer#fold diacritics-folded}, folded once for all the extractors.
 */
record Words(String[] tokens, String[] folded) {

    static Words of(String[] tokens) {
        String[] folded = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            folded[i] = TextNormalizer.fold(tokens[i]);
        }
        return new Words(tokens, folded);
    }

    int size() {
        return tokens.length;
    }
}
