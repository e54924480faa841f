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
    void givenFewerThanTwoFolds_thenRefused() {
        assertThatThrownBy(() -> new CrossValidation(1, 1, intents -> null)).hasMessageContaining("at least 2 folds");
    }

    private IntentCatalog catalog() throws IOException {
        Path intents = Files.createDirectories(content.resolve("intents"));
        Files.writeString(intents.resolve("greeting.yml"), "action: smalltalk\nexamples:\n  en: [hi, hello, hey there]\n");
        Files.writeString(intents.resolve("refund_timing.yml"),
                "action: faq\nexamples:\n  en: [where is my refund, refund when, money back please]\n");
        return IntentCatalog.load(content);
    }
}
