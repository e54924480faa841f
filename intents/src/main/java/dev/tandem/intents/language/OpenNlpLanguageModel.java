package dev.tandem.intents.language;

import dev.tandem.intents.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's 103-language detector (opennlp-models-langdetect), asked only about Tandem's languages. Alone
 * it is weak on short chat messages, so it is one piece of evidence among others.
 *
 * <p>Only Tandem's languages are kept of the bundled model: it is a softmax over its languages, so their
 * probabilities renormalised among themselves are the same with or without the other 99, and the kept part is
 * a fifth of the n-grams. That part is saved with the detector ({@link #write}): reading it takes a twentieth of
 * the CPU of reading the 10 MB bundled model, which is read once per process and only when a detector is built.
 */
final class OpenNlpLanguageModel {

    private static final String RESOURCE = "/langdetect-183.bin";
    private static final Map<String, Language> ISO_639_3 = Map.of(
            "eng", Language.EN, "rus", Language.RU, "ukr", Language.UK, "pol", Language.PL);

    private static volatile MaxentModel bundled;

    private final MaxentModel model;
    private final LanguageDetectorME detector;

    private OpenNlpLanguageModel(MaxentModel model) {
        this.model = model;
        this.detector = new LanguageDetectorME(new LanguageDetectorModel(model, new HashMap<>(),
                new LanguageDetectorFactory()));
    }

    /** The bundled model's part for Tandem's languages. */
    static OpenNlpLanguageModel bundled() {
        return new OpenNlpLanguageModel(restrictedBundledModel());
    }

    /** Writes the model, as {@link #read} reads it back. */
    void write(DataOutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(bytes)).persist();
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    static OpenNlpLanguageModel read(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("corrupt language detector: OpenNLP model of " + size + " bytes");
        }
        byte[] bytes = in.readNBytes(size);
        return new OpenNlpLanguageModel(new GenericModelReader(new BinaryFileDataReader(
                new ByteArrayInputStream(bytes))).getModel());
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

    private static MaxentModel restrictedBundledModel() {
        MaxentModel model = bundled;
        if (model == null) {
            synchronized (OpenNlpLanguageModel.class) {
                model = bundled;
                if (model == null) {
                    model = restricted(readBundled().getMaxentModel());
                    bundled = model;
                }
            }
        }
        return model;
    }

    static LanguageDetectorModel readBundled() {
        try (InputStream in = OpenNlpLanguageModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model " + RESOURCE
                        + " is not on the classpath (dependency org.apache.opennlp:opennlp-models-langdetect)");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP language model " + RESOURCE, e);
        }
    }

    /** The model's languages of Tandem, with the n-gram weights for them; n-grams with none are left out. */
    private static MaxentModel restricted(MaxentModel full) {
        Object[] parts = ((AbstractModel) full).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> byNgram = (Map<String, Context>) parts[1];
        String[] languages = (String[]) parts[2];
        int[] keptIndex = new int[languages.length];
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < languages.length; i++) {
            keptIndex[i] = ISO_639_3.containsKey(languages[i]) ? kept.size() : -1;
            if (keptIndex[i] >= 0) {
                kept.add(languages[i]);
            }
        }
        List<String> ngrams = new ArrayList<>();
        List<Context> weights = new ArrayList<>();
        byNgram.forEach((ngram, all) -> {
            int count = 0;
            for (int language : all.getOutcomes()) {
                count += keptIndex[language] >= 0 ? 1 : 0;
            }
            if (count == 0) {
                return;
            }
            int[] outcomes = new int[count];
            double[] parameters = new double[count];
            for (int i = 0, k = 0; i < all.getOutcomes().length; i++) {
                int language = keptIndex[all.getOutcomes()[i]];
                if (language >= 0) {
                    outcomes[k] = language;
                    parameters[k++] = all.getParameters()[i];
                }
            }
            ngrams.add(ngram);
            weights.add(new Context(outcomes, parameters));
        });
        return new GISModel(weights.toArray(Context[]::new), ngrams.toArray(String[]::new), kept.toArray(String[]::new));
    }
}
