package dev.tandem.adapters.content;

import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import dev.tandem.intents.language.ShortTextLanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is learnt from the intent files — the intent model and the language detector's n-grams, saved with the part
 * of OpenNLP's language model the detector uses — kept under {@code tandem.data-dir/models}, each file named by the
 * intent files' hash and its format's version. With unchanged content a start reads these files instead of training,
 * counting and loading OpenNLP's bundled language model. An unreadable file is built from the content and written in
 * its place; writing a file deletes the other files of its kind.
 */
public final class ModelCache {

    private static final Logger LOG = LoggerFactory.getLogger(ModelCache.class);

    private final Path directory;
    private final Cached<OpenNlpIntentClassifier> intents = new Cached<>("intents-", OpenNlpIntentClassifier.MODEL_VERSION,
            "intent model", OpenNlpIntentClassifier::train, OpenNlpIntentClassifier::load, OpenNlpIntentClassifier::save);
    private final Cached<ShortTextLanguageDetector> languages = new Cached<>("languages-",
            ShortTextLanguageDetector.MODEL_VERSION, "language detector", ShortTextLanguageDetector::new,
            ShortTextLanguageDetector::load, ShortTextLanguageDetector::save);

    public ModelCache(Path dataDir) {
        this.directory = dataDir.toAbsolutePath().normalize().resolve("models");
    }

    public OpenNlpIntentClassifier intentClassifier(IntentCatalog catalog) {
        return intents.loadOrBuild(catalog);
    }

    public ShortTextLanguageDetector languageDetector(IntentCatalog catalog) {
        return languages.loadOrBuild(catalog);
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private interface Writer<T> {
        void write(T model, OutputStream out) throws IOException;
    }

    /** One kind of model and its files. */
    private final class Cached<T> {

        private final String prefix;
        private final String version;
        private final String name;
        private final Function<IntentCatalog, T> build;
        private final Reader<T> reader;
        private final Writer<T> writer;
        /**
         * The model this cache last returned and its file: a content reload that left the intent files alone
         * (an edited FAQ answer) reuses it instead of reading the file again.
         */
        private volatile Recent<T> recent;

        Cached(String prefix, String version, String name, Function<IntentCatalog, T> build, Reader<T> reader,
               Writer<T> writer) {
            this.prefix = prefix;
            this.version = version;
            this.name = name;
            this.build = build;
            this.reader = reader;
            this.writer = writer;
        }

        T loadOrBuild(IntentCatalog catalog) {
            Path file = directory.resolve(prefix + catalog.sha256().substring(0, 16) + "-" + version + ".bin");
            Recent<T> last = recent;
            if (last != null && last.file().equals(file)) {
                return last.model();
            }
            T model = readOrBuild(catalog, file);
            recent = new Recent<>(file, model);
            return model;
        }

        private T readOrBuild(IntentCatalog catalog, Path file) {
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    T cached = reader.read(in);
                    LOG.info("Cached {} loaded from {}", name, file);
                    return cached;
                } catch (IOException | RuntimeException unreadable) {
                    LOG.warn("Cached {} {} is unreadable ({}); building it again from the intent files", name, file,
                            unreadable.toString());
                }
            }
            long started = System.nanoTime();
            T built = build.apply(catalog);
            LOG.info("The {} was built from the intent files in {} ms", name, (System.nanoTime() - started) / 1_000_000);
            store(built, file);
            return built;
        }

        /** Written to a temporary file and moved into place, so a crash never leaves half a model behind. */
        private void store(T model, Path file) {
            try {
                Files.createDirectories(directory);
                Path partial = Files.createTempFile(directory, prefix, ".partial");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    writer.write(model, out);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                try (Stream<Path> older = Files.list(directory)) {
                    for (Path stale : older.filter(path -> path.getFileName().toString().startsWith(prefix))
                            .filter(path -> !path.equals(file)).toList()) {
                        Files.deleteIfExists(stale);
                    }
                }
            } catch (IOException e) {
                LOG.warn("Cannot cache the {} in {}; it will be built again at the next start", name, directory, e);
            }
        }
    }

    private record Recent<T>(Path file, T model) {
    }
}
