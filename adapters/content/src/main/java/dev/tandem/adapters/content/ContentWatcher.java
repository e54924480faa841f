package dev.tandem.adapters.content;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hot reload: watches the content directory and reloads the shop knowledge shortly after files change.
 * Editors' tools save in bursts (temp file, rename, backup), so changes are collected until the directory
 * has been quiet for {@link #QUIET_MILLIS} and then reloaded once. A save in the editor page reloads by itself;
 * whichever of the two comes second finds the files already loaded and reloads nothing
 * ({@link CurrentShopKnowledge#reloadIfChanged()}). Hidden directories ({@code .git}) and drafts are not watched.
 */
@Component
public class ContentWatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);
    static final long QUIET_MILLIS = 100;

    private final CurrentShopKnowledge knowledge;
    private final boolean enabled;
    private final Counter reloaded;
    private final Counter reloadedWithRejectedFiles;
    private final Counter reloadFailed;
    private final Counter unchanged;
    private volatile WatchService watchService;
    private volatile Thread thread;

    public ContentWatcher(CurrentShopKnowledge knowledge, TandemProperties properties, MeterRegistry metrics) {
        this.knowledge = knowledge;
        this.enabled = properties.contentReload();
        this.reloaded = reloads(metrics, "success");
        this.reloadedWithRejectedFiles = reloads(metrics, "rejected_files");
        this.reloadFailed = reloads(metrics, "failure");
        this.unchanged = reloads(metrics, "unchanged");
    }

    private static Counter reloads(MeterRegistry metrics, String result) {
        return Counter.builder(MetricNames.CONTENT_RELOADS)
                .description("Hot reloads of the content directory; rejected_files: served, with some files refused; "
                        + "unchanged: the files were already loaded (by the editor's save)")
                .tag("result", result)
                .register(metrics);
    }

    @Override
    public synchronized void start() {
        if (!enabled || isRunning()) {
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(knowledge.contentDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + knowledge.contentDir() + " for changes", e);
        }
        thread = new Thread(this::watch, "tandem-content-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Watching {} for content changes", knowledge.contentDir());
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            try {
                watchService.close();
            } catch (IOException ignored) {
                // Closing only wakes the watcher thread up; nothing is left to release.
            }
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void watch() {
        try {
            while (thread != null) {
                WatchKey key = watchService.take();
                handle(key);
                WatchKey more;
                while ((more = watchService.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    handle(more);
                }
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(WatchKey key) {
        Path directory = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path created
                    && Files.isDirectory(directory.resolve(created))
                    && !ContentFingerprint.notServed(knowledge.contentDir().relativize(directory.resolve(created)))) {
                try {
                    registerTree(directory.resolve(created));
                } catch (IOException e) {
                    LOG.warn("Cannot watch new content directory {}", directory.resolve(created), e);
                }
            }
        }
        key.reset();
    }

    private void reload() {
        try {
            long started = System.nanoTime();
            Optional<CurrentShopKnowledge.LoadedKnowledge> outcome = knowledge.reloadIfChanged();
            if (outcome.isEmpty()) {
                unchanged.increment();
                return;
            }
            CurrentShopKnowledge.LoadedKnowledge loaded = outcome.get();
            LOG.info("Content reloaded in {} ms: {} intents, FAQ entries {}, {} problem(s)",
                    (System.nanoTime() - started) / 1_000_000, loaded.intents(), loaded.faqEntries(),
                    loaded.problems().size());
            (loaded.problems().isEmpty() ? reloaded : reloadedWithRejectedFiles).increment();
        } catch (RuntimeException failure) {
            reloadFailed.increment();
            LOG.error("Content reload failed; the previous content keeps serving", failure);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> directories = Files.walk(root)) {
            for (Path directory : directories.filter(Files::isDirectory)
                    .filter(directory -> !ContentFingerprint.notServed(knowledge.contentDir().relativize(directory))).toList()) {
                directory.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
