package dev.tandem.intents;

import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The bundled demo shop's intents, loaded once for all tests: real content. */
public final class DemoContent {

    public static final Path DIRECTORY = Path.of("..", "content", "demo-shop");
    private static IntentCatalog catalog;

    private DemoContent() {
    }

    public static synchronized IntentCatalog catalog() {
        if (catalog == null) {
            catalog = IntentCatalog.load(DIRECTORY);
        }
        return catalog;
    }

    /**
     * Leaves the model trained here for the later modules' tests (system property {@code tandem.test.models}, set
     * by the build), named as the server's model cache names it, so the build trains the demo shop once.
     */
    public static void share(OpenNlpIntentClassifier model) {
        String directory = System.getProperty("tandem.test.models");
        if (directory == null) {
            return;
        }
        Path file = Path.of(directory, "intents-" + catalog().sha256().substring(0, 16) + "-"
                + OpenNlpIntentClassifier.MODEL_VERSION + ".bin");
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), "sharing-", ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                model.save(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
