package dev.tandem.intents;

import dev.tandem.intents.catalog.IntentCatalog;
import java.nio.file.Path;

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
}
