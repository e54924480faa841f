package dev.tandem.adapters.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentModelCacheTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path content;

    @Test
    void givenUnchangedIntents_whenLoadedAgain_thenTheCachedModelServesAndClassifiesTheSame() throws IOException {
        IntentCatalog catalog = catalog("[where is my refund, refund please]", "[hi, hello]");
        OpenNlpIntentClassifier trained = new IntentModelCache(dataDir).loadOrTrain(catalog);

        OpenNlpIntentClassifier cached = new IntentModelCache(dataDir).loadOrTrain(catalog);

        assertThat(modelFiles()).hasSize(1);
        assertThat(cached).isNotSameAs(trained);
        assertThat(cached.classify("refund", Language.EN)).isEqualTo(trained.classify("refund", Language.EN));
    }

    @Test
    void givenUnchangedIntents_whenTheSameCacheIsAskedAgain_thenItReturnsTheModelItAlreadyHolds() throws IOException {
        IntentCatalog catalog = catalog("[where is my refund, refund please]", "[hi, hello]");
        IntentModelCache cache = new IntentModelCache(dataDir);
        OpenNlpIntentClassifier first = cache.loadOrTrain(catalog);

        OpenNlpIntentClassifier again = cache.loadOrTrain(catalog);
        OpenNlpIntentClassifier changed = cache.loadOrTrain(catalog("[where is my refund]", "[hi]"));

        assertThat(again).isSameAs(first);
        assertThat(changed).isNotSameAs(first);
    }

    @Test
    void givenChangedIntents_whenLoaded_thenANewModelReplacesTheOldFile() throws IOException {
        new IntentModelCache(dataDir).loadOrTrain(catalog("[where is my refund]", "[hi]"));
        List<Path> before = modelFiles();

        new IntentModelCache(dataDir).loadOrTrain(catalog("[where is my refund, money back]", "[hi]"));

        assertThat(modelFiles()).hasSize(1).doesNotContainAnyElementsOf(before);
    }

    @Test
    void givenACorruptCachedModel_whenLoaded_thenItIsTrainedAgain() throws IOException {
        IntentCatalog catalog = catalog("[where is my refund]", "[hi]");
        new IntentModelCache(dataDir).loadOrTrain(catalog);
        Files.writeString(modelFiles().get(0), "not a model");

        OpenNlpIntentClassifier model = new IntentModelCache(dataDir).loadOrTrain(catalog);

        assertThat(model.classify("hi", Language.EN).best().intent()).isEqualTo("greeting");
        assertThat(Files.size(modelFiles().get(0))).isGreaterThan(100);
    }

    private IntentCatalog catalog(String refundExamples, String greetingExamples) throws IOException {
        Path intents = Files.createDirectories(content.resolve("intents"));
        Files.writeString(intents.resolve("refund_timing.yml"), "action: faq\nexamples:\n  en: " + refundExamples + "\n");
        Files.writeString(intents.resolve("greeting.yml"), "action: smalltalk\nexamples:\n  en: " + greetingExamples + "\n");
        return IntentCatalog.load(content);
    }

    private List<Path> modelFiles() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("models"))) {
            return files.filter(file -> file.toString().endsWith(".bin")).toList();
        }
    }
}
