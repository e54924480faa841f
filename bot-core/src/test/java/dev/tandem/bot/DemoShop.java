package dev.tandem.bot;

import dev.tandem.bot.content.IntentPhrasings;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import dev.tandem.intents.language.ShortTextLanguageDetector;
import dev.tandem.kb.FaqLibrary;
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
            knowledge = new ShopKnowledge(new ShortTextLanguageDetector(catalog), OpenNlpIntentClassifier.train(catalog),
                    catalog.intents(), FaqLibrary.load(CONTENT, IntentPhrasings.of(catalog)).index());
        }
        return knowledge;
    }
}
