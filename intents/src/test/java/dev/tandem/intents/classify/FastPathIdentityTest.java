package dev.tandem.intents.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.DemoContent;
import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentDefinition;
import dev.tandem.intents.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier's fast path (features written into a buffer and looked up as ids, the maxent model evaluated
 * over flat arrays, the nearest examples counted without a {@code HashMap}) against the path it replaced
 * (OpenNLP's {@link DocumentCategorizerME} over the feature generators' strings, {@link LegacyNearestExamples}),
 * on the same trained model: every ranked intent and every confidence must be equal to the last bit, on every
 * demo-shop example, on English utterances of the public benchmarks the shop was not trained on, and on odd
 * input.
 */
class FastPathIdentityTest {

    private static OpenNlpIntentClassifier classifier;
    private static DocumentCategorizerME openNlp;
    private static LegacyNearestExamples legacyNearest;

    @BeforeAll
    static void trainOnTheDemoShop() {
        classifier = OpenNlpIntentClassifier.train(DemoContent.catalog());
        openNlp = new DocumentCategorizerME(classifier.model());
        legacyNearest = LegacyNearestExamples.build(classifier.exampleIntents(), classifier.exampleTokens(),
                new WordNgramFeatures(), new CharNgramFeatures());
    }

    @Test
    void givenEveryDemoShopExample_whenClassified_thenExactlyWhatTheOpenNlpPathGave() {
        List<String> texts = new ArrayList<>();
        for (IntentDefinition intent : DemoContent.catalog().intents()) {
            for (Language language : Language.values()) {
                texts.addAll(intent.examples(language));
            }
        }
        assertThat(texts).hasSizeGreaterThan(5_000);

        assertIdentical(texts);
    }

    @Test
    void givenPublicBenchmarkUtterancesTheShopNeverSaw_whenClassified_thenExactlyWhatTheOpenNlpPathGave()
            throws IOException {
        assertIdentical(publicUtterances());
    }

    @Test
    void givenOddInput_whenClassified_thenExactlyWhatTheOpenNlpPathGave() {
        List<String> texts = new ArrayList<>(List.of("a", "ok", "🙂 zwrot", "return ".repeat(5_000),
                "zwrot zwrot zwrot zwrot zwrot zwrot zwrot zwrot zwrot zwrot", "ŁÓDŹ łódź lodz", "їжак йод ёлка",
                "don't won’t ʼє", "ｆｕｌｌ ｗｉｄｔｈ", "x".repeat(300), "100234 TRK-12345 a@b.pl", "ﬁne ǅ ǆ ẞ",
                "الطلب 注文 주문 order", "e\u0301 n\u0303 zwro\u0301cic\u0301"));
        Random random = new Random(9);
        String alphabet = "abcdefghijklmnopqrstuvwxyząćęłńóśźżабвгдежзийклмнопрстуфхцчшщъыьэюяіїєґё'’0123456789 ";
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(i < 250 ? 60 : 1_200);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }

        assertIdentical(texts);
    }

    @Test
    void givenASavedAndLoadedModel_whenClassified_thenExactlyWhatTheOpenNlpPathGave() throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        classifier.save(bytes);
        OpenNlpIntentClassifier loaded = OpenNlpIntentClassifier.load(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        DocumentCategorizerME loadedOpenNlp = new DocumentCategorizerME(loaded.model());

        for (String text : publicUtterances().subList(0, 100)) {
            assertThat(loaded.classify(text, Language.EN)).as(text).isEqualTo(reference(text, loadedOpenNlp));
        }
    }

    private static void assertIdentical(List<String> texts) {
        for (String text : texts) {
            IntentPrediction fast = classifier.classify(text, Language.EN);
            IntentPrediction reference = reference(text, openNlp);
            // Records compare doubles with Double.compare: equal means equal to the last bit.
            assertThat(fast).as(text).isEqualTo(reference);
        }
    }

    /** The classification exactly as {@link OpenNlpIntentClassifier} computed it before the fast path. */
    private static IntentPrediction reference(String text, DocumentCategorizerME categorizer) {
        String[] tokens = TextNormalizer.tokens(text);
        if (tokens.length == 0) {
            return IntentPrediction.empty();
        }
        double[] probabilities = categorizer.categorize(tokens);
        float[] similarity = legacyNearest.closest(tokens);
        List<ScoredIntent> ranked = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            int neighbour = legacyNearest.intents().indexOf(categorizer.getCategory(i));
            double closest = neighbour < 0 ? 0 : similarity[neighbour];
            ranked.add(new ScoredIntent(categorizer.getCategory(i),
                    OpenNlpIntentClassifier.fuse(probabilities[i], closest)));
        }
        ranked.sort(Comparator.comparingDouble(ScoredIntent::confidence).reversed());
        return new IntentPrediction(ranked.subList(0, Math.min(5, ranked.size())));
    }

    static List<String> publicUtterances() throws IOException {
        try (InputStream in = FastPathIdentityTest.class.getResourceAsStream("/classify/public-utterances.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }

    /** The features as OpenNLP's generators give them, in the order the classifier lists its generators. */
    static List<String> generatorFeatures(String[] tokens) {
        List<String> features = new ArrayList<>();
        for (FeatureGenerator generator : new FeatureGenerator[] {new WordNgramFeatures(), new CharNgramFeatures(),
            new FoldedWordFeatures(), new StemFeatures(), new CountryFeatures(), new ConceptFeatures()}) {
            features.addAll(generator.extractFeatures(tokens, Map.of()));
        }
        return features;
    }
}
