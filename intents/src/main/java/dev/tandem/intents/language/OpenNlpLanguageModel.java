package dev.tandem.intents.language;

import dev.tandem.intents.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * OpenNLP's 103-language detector (opennlp-models-langdetect), asked only about Tandem's languages. Alone
 * it is weak on short chat messages, so it is one piece of evidence among others. The 10 MB model loads
 * once per process (about 1.5 s) and is shared.
 */
final class OpenNlpLanguageModel {

    private static final String RESOURCE = "/langdetect-183.bin";
    private static final Map<String, Language> ISO_639_3 = Map.of(
            "eng", Language.EN, "rus", Language.RU, "ukr", Language.UK, "pol", Language.PL);

    private static volatile LanguageDetectorModel shared;

    private final LanguageDetectorME detector;

    OpenNlpLanguageModel() {
        this.detector = new LanguageDetectorME(model());
    }

    /** Probabilities of Tandem's languages, renormalised among themselves; empty when none is plausible. */
    synchronized Map<Language, Double> probabilities(String text) {
        Map<Language, Double> restricted = new EnumMap<>(Language.class);
        double sum = 0;
        for (opennlp.tools.langdetect.Language guess : detector.predictLanguages(text)) {
            Language language = ISO_639_3.get(guess.getLang());
            if (language != null) {
                restricted.put(language, guess.getConfidence());
                sum += guess.getConfidence();
            }
        }
        if (sum <= 0) {
            return Map.of();
        }
        final double total = sum;
        restricted.replaceAll((language, p) -> p / total);
        return restricted;
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel model = shared;
        if (model == null) {
            synchronized (OpenNlpLanguageModel.class) {
                model = shared;
                if (model == null) {
                    try (InputStream in = OpenNlpLanguageModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("OpenNLP language model " + RESOURCE
                                    + " is not on the classpath (dependency org.apache.opennlp:opennlp-models-langdetect)");
                        }
                        model = new LanguageDetectorModel(in);
                        shared = model;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read OpenNLP language model " + RESOURCE, e);
                    }
                }
            }
        }
        return model;
    }
}
