package dev.tandem.bot;

import dev.tandem.bot.content.IntentPhrasings;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import dev.tandem.intents.language.ShortTextLanguageDetector;
import dev.tandem.kb.FaqLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled demo shop's knowledge, built once for all tests: real content, real models. */
public final class DemoShop {

    public static final Path CONTENT = Path.of("..", "content", "demo-shop");

    private static ShopKnowledge knowledge;

    private DemoShop() {
    }

    public static synchronized ShopKnowledge knowledge() {
        if (knowledge == null) {
            IntentCatalog catalog = IntentCatalog.load(CONTENT);
            knowledge = new ShopKnowledge(new ShortTextLanguageDetector(catalog), model(catalog),
                    catalog.intents(), FaqLibrary.load(CONTENT, IntentPhrasings.of(catalog)).index());
        }
        return knowledge;
    }

    /**
     * The model the intents module's tests trained on the same content earlier in this build (system property
     * {@code tandem.test.models}, named as the server's model cache names it); trained here when there is none.
     */
    private static OpenNlpIntentClassifier model(IntentCatalog catalog) {
        String directory = System.getProperty("tandem.test.models");
        Path file = directory == null ? null : Path.of(directory, "intents-" + catalog.sha256().substring(0, 16) + "-"
                + OpenNlpIntentClassifier.MODEL_VERSION + ".bin");
        if (file == null || !Files.isRegularFile(file)) {
            return OpenNlpIntentClassifier.train(catalog);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return OpenNlpIntentClassifier.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
