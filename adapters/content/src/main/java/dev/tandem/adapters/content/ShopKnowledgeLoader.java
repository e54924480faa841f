package dev.tandem.adapters.content;

import dev.tandem.bot.content.ContentLint;
import dev.tandem.bot.content.IntentPhrasings;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.intents.ContentException;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import dev.tandem.intents.language.ShortTextLanguageDetector;
import dev.tandem.kb.FaqLibrary;
import dev.tandem.kb.canned.CannedResponses;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the bot's knowledge from a content directory: the intents, the language detector and intent
 * model trained on them, and the FAQ index. At start-up invalid intents fail fast (without them the bot
 * understands nothing); on a reload they are reported and the last good model keeps serving, and a
 * rejected FAQ file keeps its previous entry. The models are rebuilt only when the intent files changed, and
 * models built before from the same files are loaded from the cache ({@link ModelCache}).
 */
final class ShopKnowledgeLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ShopKnowledgeLoader.class);
    /** Threads for the parts of a load; daemon, and gone a minute after the last load. */
    private static final Executor PARTS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable part) {
            Thread thread = new Thread(part, "tandem-content-part-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    private ShopKnowledgeLoader() {
    }

    /** Loads the shop around intents already read and checked (the part that fails fast on a malformed file). */
    static CurrentShopKnowledge.LoadedKnowledge load(Path contentDir, IntentCatalog catalog, ModelCache models) {
        long started = System.nanoTime();
        // The models need only the intents and the FAQ index only the FAQ files: on two cores the three load side
        // by side, so the wait is the slowest of them rather than their sum (docs/performance.md, start-up).
        CompletableFuture<ShortTextLanguageDetector> languages = inParallel(() -> models.languageDetector(catalog));
        CompletableFuture<OpenNlpIntentClassifier> intents = inParallel(() -> models.intentClassifier(catalog));
        FaqLibrary faq = FaqLibrary.load(contentDir, IntentPhrasings.of(catalog));
        List<String> problems = new ArrayList<>();
        CannedResponses canned = canned(contentDir, problems);
        ShopKnowledge knowledge = new ShopKnowledge(joined(languages), joined(intents), catalog.intents(), faq.index(),
                canned.all());
        return finish(contentDir, catalog, knowledge, faq, problems, started);
    }

    static CurrentShopKnowledge.LoadedKnowledge reload(Path contentDir, CurrentShopKnowledge.LoadedKnowledge previous,
                                                       ModelCache models, IntentChangeGate intentChanges) {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        IntentCatalog catalog;
        try {
            catalog = IntentCatalog.load(contentDir);
        } catch (ContentException invalid) {
            invalid.problems().forEach(problem -> problems.add(problem.toString()));
            LOG.warn("Intent files rejected; the previous intent model keeps serving");
            catalog = previous.catalog();
        }
        if (!catalog.sha256().equals(previous.catalog().sha256()) && !intentChanges.admits(previous.catalog(), catalog)) {
            LOG.info("Intent change not admitted yet; the previous intent model keeps serving");
            catalog = previous.catalog();
        }
        FaqLibrary faq = FaqLibrary.reload(contentDir, previous.faq(), IntentPhrasings.of(catalog));
        CannedResponses canned = canned(contentDir, problems);
        ShopKnowledge knowledge = catalog.sha256().equals(previous.catalog().sha256())
                ? new ShopKnowledge(previous.knowledge().languageDetector(), previous.knowledge().intentClassifier(),
                        catalog.intents(), faq.index(), canned.all())
                : train(catalog, faq, canned, models);
        return finish(contentDir, catalog, knowledge, faq, problems, started);
    }

    private static ShopKnowledge train(IntentCatalog catalog, FaqLibrary faq, CannedResponses canned,
                                       ModelCache models) {
        CompletableFuture<ShortTextLanguageDetector> languages = inParallel(() -> models.languageDetector(catalog));
        OpenNlpIntentClassifier intents = models.intentClassifier(catalog);
        return new ShopKnowledge(joined(languages), intents, catalog.intents(), faq.index(), canned.all());
    }

    private static <T> CompletableFuture<T> inParallel(Supplier<T> part) {
        return CompletableFuture.supplyAsync(part, PARTS);
    }

    /** A part's own exception, not the future's wrapper, so a failed load says what went wrong. */
    private static <T> T joined(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }

    /** Canned replies are a convenience for agents: a broken file is reported, the valid ones are served. */
    private static CannedResponses canned(Path contentDir, List<String> problems) {
        CannedResponses canned = CannedResponses.load(contentDir);
        canned.problems().forEach(problem -> problems.add(problem.toString()));
        return canned;
    }

    private static CurrentShopKnowledge.LoadedKnowledge finish(Path contentDir, IntentCatalog catalog,
                                                               ShopKnowledge knowledge, FaqLibrary faq,
                                                               List<String> problems, long started) {
        faq.problems().forEach(problem -> problems.add(problem.toString()));
        problems.addAll(ContentLint.crossCheck(contentDir, catalog, faq));
        problems.forEach(problem -> LOG.warn("Content problem: {}", problem));
        LOG.info("Content loaded from {} in {} ms: {} intents, FAQ entries {}", contentDir,
                (System.nanoTime() - started) / 1_000_000, catalog.intents().size(), faq.index().entryCounts());
        return new CurrentShopKnowledge.LoadedKnowledge(knowledge, catalog, faq, problems, Instant.now());
    }
}
