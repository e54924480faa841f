package dev.tandem.adapters.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import dev.tandem.intents.language.ShortTextLanguageDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {

    private static final List<String> MESSAGES = List.of("where is my refund", "де моє замовлення", "gde moy zakaz",
            "gdzie jest moja paczka", "hello");

    @TempDir
    Path dataDir;
    @TempDir
    Path content;

    @Test
    void givenUnchangedIntents_whenLoadedAgain_thenTheCachedModelsServeAndAnswerTheSame() throws IOException {
        IntentCatalog catalog = catalog("[where is my refund, refund please]", "[hi, hello]");
        ModelCache first = new ModelCache(dataDir);
        OpenNlpIntentClassifier trained = first.intentClassifier(catalog);
        ShortTextLanguageDetector counted = first.languageDetector(catalog);
        List<Path> files = modelFiles();

        ModelCache next = new ModelCache(dataDir);
        OpenNlpIntentClassifier cached = next.intentClassifier(catalog);
        ShortTextLanguageDetector cachedLanguages = next.languageDetector(catalog);

        assertThat(files).hasSize(2);
        assertThat(modelFiles()).isEqualTo(files);
        assertThat(cached).isNotSameAs(trained);
        assertThat(cachedLanguages).isNotSameAs(counted);
        for (String message : MESSAGES) {
            assertThat(cached.classify(message, Language.EN)).isEqualTo(trained.classify(message, Language.EN));
            assertThat(cachedLanguages.detect(message)).isEqualTo(counted.detect(message));
            assertThat(cachedLanguages.detect(message, Language.RU)).isEqualTo(counted.detect(message, Language.RU));
        }
    }

    @Test
    void givenUnchangedIntents_whenTheSameCacheIsAskedAgain_thenItReturnsTheModelItAlreadyHolds() throws IOException {
        IntentCatalog catalog = catalog("[where is my refund, refund please]", "[hi, hello]");
        ModelCache cache = new ModelCache(dataDir);
        OpenNlpIntentClassifier first = cache.intentClassifier(catalog);

        OpenNlpIntentClassifier again = cache.intentClassifier(catalog);
        OpenNlpIntentClassifier changed = cache.intentClassifier(catalog("[where is my refund]", "[hi]"));

        assertThat(again).isSameAs(first);
        assertThat(changed).isNotSameAs(first);
    }

    @Test
    void givenChangedIntents_whenLoaded_thenNewModelsReplaceTheOldFiles() throws IOException {
        ModelCache cache = new ModelCache(dataDir);
        cache.intentClassifier(catalog("[where is my refund]", "[hi]"));
        cache.languageDetector(catalog("[where is my refund]", "[hi]"));
        List<Path> before = modelFiles();

        IntentCatalog changed = catalog("[where is my refund, money back]", "[hi, good morning]");
        ModelCache restarted = new ModelCache(dataDir);
        restarted.intentClassifier(changed);
        restarted.languageDetector(changed);

        assertThat(modelFiles()).hasSize(2).doesNotContainAnyElementsOf(before);
    }

    @Test
    void givenAModelOfAnotherVersion_whenLoaded_thenItIsNotReadButBuiltAgainAndReplaced() throws IOException {
        IntentCatalog catalog = catalog("[where is my refund]", "[hi]");
        Path models = Files.createDirectories(dataDir.resolve("models"));
        String hash = catalog.sha256().substring(0, 16);
        // Files of an older version, which this version could not read: they are never opened.
        Path olderIntents = Files.writeString(models.resolve("intents-" + hash + "-older-version.bin"), "older format");
        Path olderLanguages = Files.writeString(models.resolve("languages-" + hash + "-older-version.bin"), "older");

        ModelCache cache = new ModelCache(dataDir);
        OpenNlpIntentClassifier model = cache.intentClassifier(catalog);
        cache.languageDetector(catalog);

        assertThat(model.classify("hi", Language.EN).best().intent()).isEqualTo("greeting");
        assertThat(modelFiles()).extracting(file -> file.getFileName().toString()).containsExactly(
                "intents-" + hash + "-" + OpenNlpIntentClassifier.MODEL_VERSION + ".bin",
                "languages-" + hash + "-" + ShortTextLanguageDetector.MODEL_VERSION + ".bin");
        assertThat(olderIntents).doesNotExist();
        assertThat(olderLanguages).doesNotExist();
    }

    @Test
    void givenCorruptCachedModels_whenLoaded_thenTheyAreBuiltAgainAndRewritten() throws IOException {
        IntentCatalog catalog = catalog("[where is my refund]", "[hi]");
        ModelCache first = new ModelCache(dataDir);
        first.intentClassifier(catalog);
        ShortTextLanguageDetector counted = first.languageDetector(catalog);
        for (Path file : modelFiles()) {
            byte[] bytes = Files.readAllBytes(file);
            // Cut off halfway, as a full disk would leave it.
            Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        }

        ModelCache restarted = new ModelCache(dataDir);
        OpenNlpIntentClassifier model = restarted.intentClassifier(catalog);
        ShortTextLanguageDetector languages = restarted.languageDetector(catalog);

        assertThat(model.classify("hi", Language.EN).best().intent()).isEqualTo("greeting");
        assertThat(languages.detect("where is my refund")).isEqualTo(counted.detect("where is my refund"));
        ModelCache again = new ModelCache(dataDir);
        assertThat(again.languageDetector(catalog).detect("hi there")).isEqualTo(counted.detect("hi there"));
        assertThat(again.intentClassifier(catalog).classify("hi", Language.EN).best().intent()).isEqualTo("greeting");
    }

    private IntentCatalog catalog(String refundExamples, String greetingExamples) throws IOException {
        Path intents = Files.createDirectories(content.resolve("intents"));
        Files.writeString(intents.resolve("refund_timing.yml"), "action: faq\nexamples:\n  en: " + refundExamples + "\n");
        Files.writeString(intents.resolve("greeting.yml"), "action: smalltalk\nexamples:\n  en: " + greetingExamples + "\n");
        return IntentCatalog.load(content);
    }

    private List<Path> modelFiles() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("models"))) {
            return files.filter(file -> file.toString().endsWith(".bin")).sorted().toList();
        }
    }
}
