package dev.tandem.intents.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- to 5-grams inside each word, with word boundaries marked. They make the model robust to
 * typos and to Slavic inflection ("заказ", "заказа", "заказом" share "зака"). Fixed settings, public and
 * top level for the same reason as {@link WordNgramFeatures}.
 */
public final class CharNgramFeatures implements FeatureGenerator {

    private static final int MIN = 3;
    private static final int MAX = 5;

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (String token : tokens) {
            String word = "<" + token + ">";
            for (int n = MIN; n <= MAX; n++) {
                for (int i = 0; i + n <= word.length(); i++) {
                    features.add("c=" + word.substring(i, i + n));
                }
            }
        }
        return features;
    }
}
