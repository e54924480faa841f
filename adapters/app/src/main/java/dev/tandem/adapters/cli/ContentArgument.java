package dev.tandem.adapters.cli;

import dev.tandem.adapters.content.ContentDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The content directory a command works on: the one given, or a temporary copy of the bundled demo shop. */
final class ContentArgument implements AutoCloseable {

    private final Path directory;
    private final boolean temporary;

    private ContentArgument(Path directory, boolean temporary) {
        this.directory = directory;
        this.temporary = temporary;
    }

    static ContentArgument of(Path given) {
        if (given != null) {
            return new ContentArgument(given.toAbsolutePath().normalize(), false);
        }
        try {
            Path copy = Files.createTempDirectory("tandem-demo-shop");
            ContentDirectory.unpackDemoShop(copy);
            return new ContentArgument(copy, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled demo shop", e);
        }
    }

    Path directory() {
        return directory;
    }

    @Override
    public void close() {
        if (temporary) {
            try {
                ContentDirectory.deleteRecursively(directory);
            } catch (IOException ignored) {
                // A leftover temporary copy is harmless; the command's result is what matters.
            }
        }
    }
}
