package dev.tandem.adapters.content;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.kb.FaqLibrary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The shop knowledge the bot answers with right now, swapped whole on a reload: a turn in flight finishes on the
 * knowledge it started with, and no turn ever sees half a reload.
 *
 * <p>Everything (the intent files, the language and intent models, the FAQ indexes) loads on a
 * {@link ContentLoadingThread}; in the server that runs while Spring builds the rest of the application
 * ({@link ContentStartup}), and the web server opens only once it is done ({@link ContentReadyGate}), so a
 * malformed intent file still stops the start with its {@code file:line: reason} before the port opens.
 * Until then the health indicator is OUT_OF_SERVICE and {@link #get()} throws {@link ContentNotReadyException}
 * (a 503, never a 500 or an answer from no knowledge).
 *
 * <p>One change of the files is read once, however many parts of the server hear of it: the file watcher, the
 * editor's own save and another node's notice each ask for {@link #reloadIfChanged()}, and only the first of them
 * finds files that differ from what was loaded.
 */
public class CurrentShopKnowledge implements Supplier<ShopKnowledge> {

    private final Path contentDir;
    private final ModelCache models;
    private final CompletableFuture<LoadedKnowledge> initial = new CompletableFuture<>();
    private volatile LoadedKnowledge current;
    private volatile IntentChangeGate intentChanges = IntentChangeGate.ADMIT_ALL;
    /** The files the current knowledge was read from ({@link ContentFingerprint}). */
    private volatile String loadedFrom = "";
    private final AtomicLong reloads = new AtomicLong();

    /** Loads everything before returning. */
    public CurrentShopKnowledge(TandemProperties properties) {
        this(properties, ContentLoadingThread.CALLER);
    }

    public CurrentShopKnowledge(TandemProperties properties, ContentLoadingThread loadingThread) {
        this.contentDir = ContentDirectory.resolve(properties);
        this.models = new ModelCache(properties.dataDir());
        loadingThread.run(() -> {
            try {
                String files = ContentFingerprint.of(contentDir);
                current = ShopKnowledgeLoader.load(contentDir, IntentCatalog.load(contentDir), models);
                loadedFrom = files;
                initial.complete(current);
            } catch (RuntimeException | Error failure) {
                initial.completeExceptionally(failure);
            }
        });
        if (initial.isCompletedExceptionally()) {
            throw rethrown(initial);
        }
    }

    /** @throws ContentNotReadyException while the content is still loading at start-up */
    @Override
    public ShopKnowledge get() {
        return loaded().knowledge();
    }

    /** @throws ContentNotReadyException while the content is still loading at start-up */
    public LoadedKnowledge loaded() {
        LoadedKnowledge loaded = current;
        if (loaded == null) {
            throw new ContentNotReadyException();
        }
        return loaded;
    }

    /** The knowledge once the start-up load has finished; empty before. */
    public Optional<LoadedKnowledge> loadedIfReady() {
        return Optional.ofNullable(current);
    }

    /** Completes when the start-up load has finished, or fails with what stopped it. */
    public CompletableFuture<LoadedKnowledge> startupLoad() {
        return initial.copy();
    }

    /** From now on, changed intent files go live on a reload only when the gate admits them. */
    public void gateIntentChanges(IntentChangeGate gate) {
        this.intentChanges = gate;
    }

    public Path contentDir() {
        return contentDir;
    }

    /**
     * Reads the content directory again and swaps the result in; synchronized so reloads never interleave. A
     * reload asked for during the start-up load waits for it, and builds on what it loaded.
     */
    public synchronized LoadedKnowledge reload() {
        try {
            initial.join();
        } catch (CompletionException failed) {
            throw new IllegalStateException("the content never loaded at start-up, so there is nothing to reload",
                    failed.getCause());
        }
        // Taken before reading: a file that changes while the reload reads it makes the next check differ.
        String files = ContentFingerprint.of(contentDir);
        current = ShopKnowledgeLoader.reload(contentDir, current, models, intentChanges);
        loadedFrom = files;
        reloads.incrementAndGet();
        return current;
    }

    /**
     * {@link #reload()} unless the files are exactly those the current knowledge was read from.
     *
     * @return the new knowledge; empty when nothing changed
     */
    public synchronized Optional<LoadedKnowledge> reloadIfChanged() {
        initial.exceptionally(failed -> null).join();
        if (current != null && ContentFingerprint.of(contentDir).equals(loadedFrom)) {
            return Optional.empty();
        }
        return Optional.of(reload());
    }

    /** How many reloads have read the content again since start-up; a check that found nothing changed is none. */
    public long reloads() {
        return reloads.get();
    }

    /** A load that failed on the caller's thread fails the constructor as it always did, with its own exception. */
    private static RuntimeException rethrown(CompletableFuture<?> failed) {
        try {
            failed.join();
            return new IllegalStateException("not failed");
        } catch (CompletionException wrapped) {
            if (wrapped.getCause() instanceof Error error) {
                throw error;
            }
            return wrapped.getCause() instanceof RuntimeException runtime ? runtime : wrapped;
        }
    }

    /**
     * The knowledge and what building it found, for status and health reporting.
     *
     * @param problems every content problem as {@code file:line: reason}; rejected files among them
     */
    public record LoadedKnowledge(ShopKnowledge knowledge, IntentCatalog catalog, FaqLibrary faq,
                                  List<String> problems, Instant loadedAt) {

        public LoadedKnowledge {
            problems = List.copyOf(problems);
        }

        public int intents() {
            return catalog.intents().size();
        }

        public Map<String, Integer> faqEntries() {
            return faq.index().entryCounts();
        }
    }
}
