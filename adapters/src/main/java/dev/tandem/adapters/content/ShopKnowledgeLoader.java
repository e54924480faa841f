package dev.tandem.adapters.content;

import dev.tandem.bot.content.ContentLint;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import dev.tandem.intents.language.ShortTextLanguageDetector;
import dev.tandem.kb.KnowledgeBase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the bot's knowledge from a content directory: intents (fail fast: without them the bot cannot
 * understand anything), the language detector and intent model trained on them, and the FAQ index
 * (a rejected FAQ file is reported and left out; the rest serve).
 */
final class ShopKnowledgeLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ShopKnowledgeLoader.class);

    private ShopKnowledgeLoader() {
    }

    static CurrentShopKnowledge.LoadedKnowledge load(Path contentDir) {
        long started = System.nanoTime();
        IntentCatalog catalog = IntentCatalog.load(contentDir);
        OpenNlpIntentClassifier classifier = OpenNlpIntentClassifier.train(catalog);
        ShortTextLanguageDetector languageDetector = new ShortTextLanguageDetector(catalog);
        KnowledgeBase faq = KnowledgeBase.load(contentDir);
        List<String> rejected = new ArrayList<>(faq.problems().stream().map(Object::toString).toList());
        rejected.addAll(ContentLint.crossCheck(contentDir, catalog, faq));
        rejected.forEach(problem -> LOG.warn("FAQ content problem: {}", problem));
        ShopKnowledge knowledge = new ShopKnowledge(languageDetector, classifier, catalog.intents(), faq.index());
        LOG.info("Content loaded from {} in {} ms: {} intents, FAQ entries {}", contentDir,
                (System.nanoTime() - started) / 1_000_000, catalog.intents().size(), faq.index().entryCounts());
        return new CurrentShopKnowledge.LoadedKnowledge(knowledge, catalog.intents().size(),
                faq.index().entryCounts(), rejected, Instant.now());
    }
}
