package dev.tandem.adapters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Training the intent model takes 20–70 s on a busy 2-core machine. A test server on a fresh data directory
 * may start from a model an earlier test in this build already trained (same content, same file name, which
 * is the content's hash): it is copied from the directory the intents module's tests leave the demo shop's model
 * in (system property {@code tandem.test.models}) and from any data directory under {@code java.io.tmpdir}. Only
 * a speed-up; with none found the server trains as usual.
 */
public final class ModelCacheWarmup {

    private ModelCacheWarmup() {
    }

    /**
     * A new data directory for a server that outlives each test class (Spring caches it), under
     * java.io.tmpdir (the build points it into target/), not a JUnit temp dir, which JUnit would delete under
     * the running database.
     */
    public static Path newDataDir(String prefix) {
        try {
            return warm(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path warm(Path dataDir) {
        Path target = dataDir.resolve("models");
        try {
            for (Path model : trainedModels(dataDir)) {
                Files.createDirectories(target);
                Path copy = target.resolve(model.getFileName());
                if (!Files.exists(copy)) {
                    // Copied under a temporary name and moved, so a half-copied model is never read.
                    Path partial = Files.copy(model, target.resolve("copying-" + model.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Another test may be writing its own cache right now: then this one trains, as it would anyway.
        }
        return dataDir;
    }

    private static List<Path> trainedModels(Path dataDir) throws IOException {
        List<Path> models = new ArrayList<>();
        String shared = System.getProperty("tandem.test.models");
        if (shared != null && Files.isDirectory(Path.of(shared))) {
            try (Stream<Path> files = Files.list(Path.of(shared))) {
                files.filter(path -> path.getFileName().toString().endsWith(".bin")).forEach(models::add);
            }
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> cached = Files.find(tmp, 3, (path, attributes) -> attributes.isRegularFile()
                && path.getParent().getFileName().toString().equals("models") && !path.startsWith(dataDir)
                && path.getFileName().toString().endsWith(".bin"))) {
            cached.forEach(models::add);
        }
        return models;
    }
}
