package dev.tandem.benchmarks;

import dev.tandem.bot.content.IntentPhrasings;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import dev.tandem.intents.language.ShortTextLanguageDetector;
import dev.tandem.kb.FaqLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The demo shop's knowledge, built once per benchmark run from the repository's {@code content/demo-shop}
 * (or {@code -Dtandem.content-dir=…}), and a fixed mix of shopper messages in four languages.
 */
@State(Scope.Benchmark)
public class DemoShopState {

    /** What shoppers type: short and long, four languages, typos and no diacritics among them. */
    static final String[][] MESSAGES = {
        {"en", "where is my order 100234"}, {"en", "how long do I have to return shoes?"},
        {"en", "can i pay with blik"}, {"en", "I want to talk to a person"},
        {"ru", "где мой заказ"}, {"ru", "сколько стоит доставка в пачкомат"},
        {"ru", "как вернуть куртку если не подошла"}, {"ru", "спасибо"},
        {"uk", "де посилка?"}, {"uk", "скільки днів на повернення"},
        {"uk", "чи можна оплатити частинами"}, {"uk", "дякую"},
        {"pl", "gdzie jest moja paczka"}, {"pl", "zwrot pieniedzy na karte"},
        {"pl", "ile kosztuje wysylka do paczkomatu"}, {"pl", "dzięki"}};

    ShopKnowledge knowledge;

    @Setup
    public void load() {
        Path content = Path.of(System.getProperty("tandem.content-dir", "content/demo-shop"));
        if (!Files.isDirectory(content)) {
            throw new IllegalStateException("run from the repository root, or set -Dtandem.content-dir=<content dir>");
        }
        IntentCatalog catalog = IntentCatalog.load(content);
        knowledge = new ShopKnowledge(new ShortTextLanguageDetector(catalog), OpenNlpIntentClassifier.train(catalog),
                catalog.intents(), FaqLibrary.load(content, IntentPhrasings.of(catalog)).index());
    }
}
