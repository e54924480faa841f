package dev.tandem.intents.classify;

import java.util.List;

/** One step of the {@link FeaturePipeline}: adds the features it sees in a message's words. */
interface FeatureExtractor {

    void extract(Words words, List<String> features);
}
