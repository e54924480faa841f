package dev.tandem.intents.classify;

import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.catalog.IntentDefinition;
import dev.tandem.intents.text.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Intent classification with an OpenNLP maximum-entropy model (quasi-Newton training with L2
 * regularisation, whose posteriors are better calibrated than GIS's) over word 1–2-grams, character
 * 3–5-grams of the diacritics-folded words, diacritics-folded words, word stems ({@link StemFeatures}), a
 * foreign-country flag ({@link CountryFeatures}) and language-independent concepts of the shop's key words
 * ({@link ConceptFeatures}), fused with nearest-neighbour evidence: an intent's confidence mixes its
 * posterior with the cosine similarity of the message to that intent's closest training example
 * ({@link NearestExamples}). The posterior tells the intents apart; the similarity says whether the message
 * is like anything the shop was trained on, which a posterior normalised over the known intents cannot:
 * on CLINC150 it lifts out-of-scope recall from 0.31 to 0.57 at the same in-scope accuracy.
 *
 * <p>One model serves all four languages: the scripts keep Latin and Cyrillic apart, and intents share
 * evidence across languages (order numbers, brand names, "BLIK", "InPost"). The language argument is
 * kept in the contract for per-language models if measurements favour them.
 */
public final class OpenNlpIntentClassifier implements IntentClassifier {

    /** Guesses returned per message: enough for a clarifying question and for agents to see alternatives. */
    private static final int RANKED = 5;
    /**
     * Names the features and training settings; a cached model made under another version is not reused.
     * Change it whenever a feature generator, the normalisation or the trainer settings change.
     */
    public static final String MODEL_VERSION = "w12-c35folded-fold-stem-geo2-concept4-qn-l2_1-knn_wc_0.6-v9";

    /**
     * Demo-shop 5-fold cross-validation, macro-F1 averaged over the languages, all features: 0.1 → 0.884,
     * 0.3 → 0.890, 1 → 0.892, 2 → 0.893 (a plateau; 1 keeps the larger public benchmarks less regularised).
     */
    private static final double L2_COST = 1.0;
    /**
     * Share of the closest example's similarity in an intent's score; the rest is the maxent posterior.
     * Chosen on CLINC150 validation (accuracy with out-of-scope as a class, threshold on the fused score):
     * 0 → 0.894, 0.5 → 0.904, 0.6 → 0.906, 0.7 → 0.902, 0.8 → 0.887. Demo-shop 5-fold macro-F1 (mean of
     * the languages) agrees: 0 → 0.892, 0.5 → 0.901, 0.6 → 0.901, 0.7 → 0.901.
     */
    private static final double NEAREST_WEIGHT = 0.6;
    /** Measured on the demo shop: 100 and 300 iterations give the same held-out accuracy. */
    private static final int ITERATIONS = 100;

    static {
        // OpenNLP re-creates feature generators by class name and, since 2.5, only from allowed packages.
        ExtensionLoader.registerAllowedPackage(WordNgramFeatures.class.getPackageName());
    }

    /** Opens a saved model; the examples follow it so that the nearest-neighbour index can be rebuilt. */
    private static final String FORMAT = "tandem-intents-hybrid-1";

    private final DoccatModel model;
    private final List<Example> examples;
    private final NearestExamples nearest;
    private final FlatMaxent maxent;
    /** The intents in the maxent model's order. */
    private final String[] outcomes;
    /** For each of the maxent model's outcomes, its index in {@link NearestExamples#intents()}. */
    private final int[] nearestIndex;
    /**
     * Every feature name either half knows: ids below {@link FlatMaxent#predicates()}'s length are the maxent
     * model's predicate ids, the rest only the nearest-example index has.
     */
    private final FeatureTable features;
    /** For each id of {@link #features}, the nearest-example index's id of that feature, or -1. */
    private final int[] nearestFeature;
    /** Per-thread buffers: the message's features, their ids, the posteriors. */
    private final ThreadLocal<Workspace> workspace;

    private OpenNlpIntentClassifier(DoccatModel model, List<Example> examples) {
        this.model = model;
        this.examples = List.copyOf(examples);
        this.nearest = NearestExamples.build(examples.stream().map(Example::intent).toList(),
                examples.stream().map(example -> TextNormalizer.tokens(example.text())).toList(), nearestFeatures());
        this.maxent = new FlatMaxent(model.getMaxentModel());
        this.outcomes = maxent.outcomes();
        this.nearestIndex = new int[outcomes.length];
        for (int i = 0; i < nearestIndex.length; i++) {
            nearestIndex[i] = nearest.intents().indexOf(outcomes[i]);
        }
        List<String> names = new ArrayList<>(List.of(maxent.predicates()));
        Map<String, Integer> ids = new HashMap<>(names.size() * 2);
        for (int id = 0; id < names.size(); id++) {
            ids.put(names.get(id), id);
        }
        String[] nearestNames = nearest.featureNames();
        int[] nearestOf = new int[nearestNames.length];
        for (int n = 0; n < nearestNames.length; n++) {
            Integer id = ids.get(nearestNames[n]);
            if (id == null) {
                id = names.size();
                names.add(nearestNames[n]);
            }
            nearestOf[n] = id;
        }
        this.features = new FeatureTable(names);
        this.nearestFeature = new int[names.size()];
        Arrays.fill(nearestFeature, -1);
        for (int n = 0; n < nearestOf.length; n++) {
            nearestFeature[nearestOf[n]] = n;
        }
        this.workspace = ThreadLocal.withInitial(Workspace::new);
    }

    /** A training example as the model keeps it: the intent and the text as written. */
    private record Example(String intent, String text) {
    }

    public static OpenNlpIntentClassifier train(IntentCatalog catalog) {
        return train(catalog.intents());
    }

    /** Trains on these intents; cross-validation passes each fold's training part. */
    public static OpenNlpIntentClassifier train(List<IntentDefinition> intents) {
        List<DocumentSample> samples = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        for (IntentDefinition intent : intents) {
            for (Language language : Language.values()) {
                for (String example : intent.examples(language)) {
                    String[] tokens = TextNormalizer.tokens(example);
                    if (tokens.length > 0) {
                        samples.add(new DocumentSample(intent.name(), tokens));
                        examples.add(new Example(intent.name(), TextNormalizer.normalize(example)));
                    }
                }
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no intent examples to train on");
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(QNTrainer.THREADS_PARAM, Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            DoccatModel model = DocumentCategorizerME.train("mul", new CollectionObjectStream<>(samples), parameters,
                    new DoccatFactory(featureGenerators()));
            return new OpenNlpIntentClassifier(model, examples);
        } catch (IOException e) {
            throw new UncheckedIOException("training the intent model failed", e);
        }
    }

    /** Reads what {@link #save} wrote; fails with an {@link IOException} on anything else. */
    public static OpenNlpIntentClassifier load(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        String format = data.readUTF();
        if (!FORMAT.equals(format)) {
            throw new IOException("not an intent model of format " + FORMAT + ": " + format);
        }
        int count = data.readInt();
        if (count < 0) {
            throw new IOException("corrupt intent model: " + count + " examples");
        }
        List<Example> examples = new ArrayList<>(Math.min(count, 1 << 16));
        for (int i = 0; i < count; i++) {
            examples.add(new Example(data.readUTF(), data.readUTF()));
        }
        byte[] maxent = data.readNBytes(data.readInt());
        return new OpenNlpIntentClassifier(new DoccatModel(new ByteArrayInputStream(maxent)), examples);
    }

    public void save(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(FORMAT);
        data.writeInt(examples.size());
        for (Example example : examples) {
            data.writeUTF(example.intent());
            data.writeUTF(example.text());
        }
        ByteArrayOutputStream maxent = new ByteArrayOutputStream();
        model.serialize(maxent);
        data.writeInt(maxent.size());
        maxent.writeTo(data);
        data.flush();
    }

    @Override
    public IntentPrediction classify(String text, Language language) {
        String[] tokens = TextNormalizer.tokens(text);
        if (tokens.length == 0) {
            return IntentPrediction.empty();
        }
        Workspace work = workspace.get();
        work.count = 0;
        work.messageFeatures.nearest(tokens, work);
        int nearestCount = work.count;
        work.messageFeatures.rest(tokens, work);
        double[] posteriors = work.posteriors;
        maxent.posteriors(work.ids, work.count, posteriors);
        int[] nearestIds = work.nearestIds;
        for (int i = 0; i < nearestCount; i++) {
            int id = work.ids[i];
            nearestIds[i] = id < 0 ? -1 : nearestFeature[id];
        }
        float[] similarity = nearest.closest(nearestIds, nearestCount);
        double[] fused = work.fused;
        for (int i = 0; i < outcomes.length; i++) {
            int neighbour = nearestIndex[i];
            double closest = neighbour < 0 ? 0 : similarity[neighbour];
            fused[i] = fuse(posteriors[i], closest);
        }
        return new IntentPrediction(best(fused));
    }

    /**
     * The {@link #RANKED} best outcomes, highest first, ties in the model's order: what a stable sort of all
     * of them by descending confidence would put first, without sorting or scoring objects for all of them.
     */
    private List<ScoredIntent> best(double[] fused) {
        int wanted = Math.min(RANKED, outcomes.length);
        int[] top = new int[wanted];
        int filled = 0;
        for (int i = 0; i < outcomes.length; i++) {
            double confidence = fused[i];
            if (filled == wanted && Double.compare(confidence, fused[top[wanted - 1]]) <= 0) {
                continue;
            }
            int at = Math.min(filled, wanted - 1);
            while (at > 0 && Double.compare(fused[top[at - 1]], confidence) < 0) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
            filled = Math.min(filled + 1, wanted);
        }
        List<ScoredIntent> ranked = new ArrayList<>(filled);
        for (int i = 0; i < filled; i++) {
            ranked.add(new ScoredIntent(outcomes[top[i]], fused[top[i]]));
        }
        return ranked;
    }

    /** The maxent posterior and the closest example's cosine similarity, both in [0, 1], mixed linearly. */
    static double fuse(double posterior, double closest) {
        return Math.min(1.0, Math.max(0.0, (1 - NEAREST_WEIGHT) * posterior + NEAREST_WEIGHT * closest));
    }

    /** The nearest-neighbour index compares examples by words and word pieces (see {@link NearestExamples}). */
    private static FeatureGenerator[] nearestFeatures() {
        return new FeatureGenerator[] {new WordNgramFeatures(), new CharNgramFeatures()};
    }

    /** The maxent model as OpenNLP evaluates it, for comparing the flat evaluation with. */
    DoccatModel model() {
        return model;
    }

    /** The training examples' intents and tokens, in the order the nearest-example index was built from. */
    List<String> exampleIntents() {
        return examples.stream().map(Example::intent).toList();
    }

    List<String[]> exampleTokens() {
        return examples.stream().map(example -> TextNormalizer.tokens(example.text())).toList();
    }

    /** One thread's buffers, reused from message to message. */
    private final class Workspace implements MessageFeatures.Sink {
        final MessageFeatures messageFeatures = new MessageFeatures();
        int[] ids = new int[256];
        int[] nearestIds = new int[256];
        int count;
        final double[] posteriors = new double[outcomes.length];
        final double[] fused = new double[outcomes.length];

        @Override
        public void feature(char[] buffer, int length) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                nearestIds = new int[count * 2];
            }
            ids[count++] = features.find(buffer, length);
        }
    }

    private static FeatureGenerator[] featureGenerators() {
        return new FeatureGenerator[] {new WordNgramFeatures(), new CharNgramFeatures(), new FoldedWordFeatures(),
            new StemFeatures(), new CountryFeatures(), new ConceptFeatures()};
    }
}
