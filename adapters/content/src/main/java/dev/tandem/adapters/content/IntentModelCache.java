package dev.tandem.adapters.content;

import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trained intent models kept under {@code tandem.data-dir/models}, named by the intent files' hash and the
 * model version, so a start with unchanged content loads in a moment instead of training. A file that
 * cannot be read is retrained over; a new model replaces the older ones.
 */
public final class IntentModelCache {

    private static final Logger LOG = LoggerFactory.getLogger(IntentModelCache.class);
    private static final String PREFIX = "intents-";

    private final Path directory;
    /**
     * The model this cache last returned and its file: a content reload that left the intent files alone
     * (an edited FAQ answer) reuses it instead of reading the file and rebuilding its example index.
     */
    private volatile Recent recent;

    private record Recent(Path file, OpenNlpIntentClassifier model) {
    }

    public IntentModelCache(Path dataDir) {
        this.directory = dataDir.toAbsolutePath().normalize().resolve("models");
    }

    public OpenNlpIntentClassifier loadOrTrain(IntentCatalog catalog) {
        Path file = directory.resolve(PREFIX + catalog.sha256().substring(0, 16) + "-"
                + OpenNlpIntentClassifier.MODEL_VERSION + ".bin");
        Recent last = recent;
        if (last != null && last.file().equals(file)) {
            return last.model();
        }
        OpenNlpIntentClassifier model = readOrTrain(catalog, file);
        recent = new Recent(file, model);
        return model;
    }

    private OpenNlpIntentClassifier readOrTrain(IntentCatalog catalog, Path file) {
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                OpenNlpIntentClassifier cached = OpenNlpIntentClassifier.load(in);
                LOG.info("Intent model loaded from {}", file);
                return cached;
            } catch (IOException | RuntimeException unreadable) {
                LOG.warn("Cached intent model {} is unreadable; training again", file, unreadable);
            }
        }
        long started = System.nanoTime();
        OpenNlpIntentClassifier trained = OpenNlpIntentClassifier.train(catalog);
        LOG.info("Intent model trained in {} ms", (System.nanoTime() - started) / 1_000_000);
        store(trained, file);
        return trained;
    }

    /** Written to a temporary file and moved into place, so a crash never leaves half a model behind. */
    private void store(OpenNlpIntentClassifier model, Path file) {
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, PREFIX, ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                model.save(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> older = Files.list(directory)) {
                for (Path stale : older.filter(path -> path.getFileName().toString().startsWith(PREFIX))
                        .filter(path -> !path.equals(file)).toList()) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot cache the intent model in {}; it will be trained again at the next start", directory, e);
        }
    }
}
