package dev.tandem.adapters.editor.writing;

import dev.tandem.adapters.content.CurrentShopKnowledge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells editors when the live bot serves their save. Each save gets a revision; one background thread reloads
 * the content (the previous knowledge serves meanwhile: a change of intent examples retrains the model, which
 * takes seconds to a minute) and then marks every revision saved before the reload began as served. Saves made
 * during a reload are picked up by the next one.
 */
public final class LiveContent implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveContent.class);

    private final Runnable reload;
    private final Supplier<List<String>> problems;
    private final Runnable othersNotified;
    private final AtomicLong saved = new AtomicLong();
    private final ExecutorService reloads = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "tandem-editor-reload");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Waiter> waiters = new ArrayList<>();
    private volatile long served;
    private volatile Instant servedAt = Instant.now();

    /**
     * @param reload         reloads the content the bot serves, returning once it serves it
     * @param problems       what the last reload found, {@code file:line: reason} relative to the content directory
     * @param othersNotified tells the other nodes to reload the shared content directory; called once a save's files
     *                       are written
     */
    public LiveContent(Runnable reload, Supplier<List<String>> problems, Runnable othersNotified) {
        this.reload = reload;
        this.problems = problems;
        this.othersNotified = othersNotified;
    }

    /** Reloads the knowledge the bot serves, unless the file watcher already has. */
    public static LiveContent of(CurrentShopKnowledge knowledge, Runnable othersNotified) {
        String prefix = knowledge.contentDir().toString() + knowledge.contentDir().getFileSystem().getSeparator();
        return new LiveContent(knowledge::reloadIfChanged, () -> knowledge.loadedIfReady()
                .map(CurrentShopKnowledge.LoadedKnowledge::problems).orElse(List.of()).stream()
                .map(problem -> problem.replace(prefix, "")).toList(), othersNotified);
    }

    long saved() {
        long revision = saved.incrementAndGet();
        // The files are written: the other nodes reload them side by side with this one, not after it.
        othersNotified.run();
        reloads.execute(() -> reloadUpTo(revision));
        return revision;
    }

    private void reloadUpTo(long revision) {
        if (served >= revision) {
            return;
        }
        long upTo = saved.get();
        try {
            reload.run();
        } catch (RuntimeException failure) {
            LOG.error("Reload after an editor's save failed; the previous content keeps serving", failure);
        }
        servedAt = Instant.now();
        served = upTo;
        List<Waiter> done = new ArrayList<>();
        synchronized (waiters) {
            waiters.removeIf(waiter -> waiter.revision <= upTo && done.add(waiter));
        }
        done.forEach(waiter -> waiter.served.complete(null));
    }

    CompletableFuture<Void> whenServed(long revision) {
        CompletableFuture<Void> future = new CompletableFuture<>();
        synchronized (waiters) {
            if (served >= revision) {
                return CompletableFuture.completedFuture(null);
            }
            waiters.add(new Waiter(revision, future));
        }
        return future;
    }

    ContentEditing.LiveStatus status(String history) {
        return new ContentEditing.LiveStatus(saved.get(), served, servedAt, history, problems.get());
    }

    @Override
    public void close() {
        reloads.shutdownNow();
    }

    private record Waiter(long revision, CompletableFuture<Void> served) {
    }
}
