package dev.tandem.intents.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Word unigrams and bigrams. Public, top level and without constructor arguments on purpose: OpenNLP
 * re-creates feature generators from their class names when a saved model is loaded, and a generator
 * with other settings would silently produce different features than the model was trained on.
 */
public final class WordNgramFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length * 2);
        for (int i = 0; i < tokens.length; i++) {
            features.add("w=" + tokens[i]);
            if (i + 1 < tokens.length) {
                features.add("ww=" + tokens[i] + "_" + tokens[i + 1]);
            }
        }
        return features;
    }
}
