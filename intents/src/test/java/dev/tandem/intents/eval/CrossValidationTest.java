package dev.tandem.intents.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.IntentPrediction;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import dev.tandem.intents.classify.ScoredIntent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CrossValidationTest {

    @TempDir
    Path content;

    @Test
    void givenEveryExample_whenCrossValidated_thenEachIsPredictedOnceByAModelThatNeverSawIt() throws IOException {
        IntentCatalog catalog = catalog();
        List<String> trainedOn = new ArrayList<>();
        List<String> classified = new ArrayList<>();
        CrossValidation validation = new CrossValidation(3, 7, intents -> {
            intents.forEach(intent -> trainedOn.addAll(intent.examples(Language.EN)));
            return (text, language) -> {
                assertThat(trainedOn.subList(trainedOn.size() - 4, trainedOn.size())).doesNotContain(text);
                classified.add(text);
                return new IntentPrediction(List.of(new ScoredIntent(text.contains("refund") ? "refund_timing" : "greeting", 1)));
            };
        });

        EvaluationReport report = validation.run(catalog);

        assertThat(classified).containsExactlyInAnyOrder("hi", "hello", "hey there", "where is my refund", "refund when",
                "money back please");
        assertThat(report.accuracy(Language.EN)).isEqualTo(5.0 / 6);
        assertThat(report.scores("refund_timing", Language.EN).recall()).isEqualTo(2.0 / 3);
        assertThat(report.scores("greeting", Language.EN).precision()).isEqualTo(3.0 / 4);
        assertThat(report.confusion()).isEqualTo(new int[][] {{3, 0}, {1, 2}});
    }

    @Test
    void givenTheRealTrainer_whenCrossValidated_thenTheReportRendersAsMarkdownAndAHeatmap() throws IOException {
        EvaluationReport report = new CrossValidation(2, 1, OpenNlpIntentClassifier::train).run(catalog());

        assertThat(report.toMarkdown()).contains("| language | examples | accuracy | macro-F1 |").contains("| greeting |");
        assertThat(report.toHtml()).startsWith("<!doctype html>").contains("rgba(").contains("refund_timing");
    }

    @Test
    void givenAnExampleAddedToOneIntent_whenCrossValidatedAgain_thenTheOtherIntentsKeepTheirFolds() throws IOException {
        List<String> refunds = List.of("where is my refund", "refund when", "money back please");
        List<List<String>> before = heldOutPerFold(catalog(), refunds);
        Files.writeString(content.resolve("intents/greeting.yml"),
                "action: smalltalk\nexamples:\n  en: [hi, hello, hey there, good morning]\n");

        List<List<String>> after = heldOutPerFold(IntentCatalog.load(content), refunds);

        assertThat(after).isEqualTo(before);
    }

    /** Through a model that never saw them, as one tiny shop's cross-validation with overlapping intents can train. */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void givenTwoIntentsSharingAllButOneExample_whenCrossValidatedWithTheRealTrainer_thenEveryExampleIsPredicted()
            throws IOException {
        Path intents = Files.createDirectories(content.resolve("intents"));
        String shared = "when do I get my money back, refund not received yet, how many days for the refund, "
                + "money back to my card when, refund still pending";
        Files.writeString(intents.resolve("refund_timing.yml"), "action: faq\nexamples:\n  en: [" + shared + ", my refund is late]\n");
        Files.writeString(intents.resolve("shipping_time.yml"), "action: faq\nexamples:\n  en: [" + shared + ", refund for my parcel]\n");

        for (long seed = 1; seed <= 20; seed++) {
            EvaluationReport report = new CrossValidation(3, seed, OpenNlpIntentClassifier::train).run(IntentCatalog.load(content));

            assertThat(report.scores("refund_timing", Language.EN).support()).isEqualTo(6);
        }
    }

    @Test
    void givenFewerThanTwoFolds_thenRefused() {
        assertThatThrownBy(() -> new CrossValidation(1, 1, intents -> null)).hasMessageContaining("at least 2 folds");
    }

    /** The examples among {@code watched} that each fold holds out. */
    private static List<List<String>> heldOutPerFold(IntentCatalog catalog, List<String> watched) {
        List<List<String>> folds = new ArrayList<>();
        new CrossValidation(3, 42, intents -> {
            List<String> heldOut = new ArrayList<>();
            folds.add(heldOut);
            return (text, language) -> {
                if (watched.contains(text)) {
                    heldOut.add(text);
                }
                return IntentPrediction.empty();
            };
        }).run(catalog);
        return folds;
    }

    private IntentCatalog catalog() throws IOException {
        Path intents = Files.createDirectories(content.resolve("intents"));
        Files.writeString(intents.resolve("greeting.yml"), "action: smalltalk\nexamples:\n  en: [hi, hello, hey there]\n");
        Files.writeString(intents.resolve("refund_timing.yml"),
                "action: faq\nexamples:\n  en: [where is my refund, refund when, money back please]\n");
        return IntentCatalog.load(content);
    }
}
