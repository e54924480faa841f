package dev.tandem.intents.classify;

import dev.tandem.intents.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Words with their diacritics removed, so "zwrot pieniedzy" and "zwrot pieniędzy" share evidence. Fixed
 * settings, public and top level for the same reason as {@link WordNgramFeatures}.
 */
public final class FoldedWordFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            features.add("f=" + TextNormalizer.fold(token));
        }
        return features;
    }
}
