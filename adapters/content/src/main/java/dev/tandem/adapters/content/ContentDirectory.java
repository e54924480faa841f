package dev.tandem.adapters.content;

import dev.tandem.adapters.config.DataDirectory;
import dev.tandem.adapters.config.TandemProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the content directory: {@code tandem.content-dir} when set, otherwise the demo shop bundled in the
 * jar, unpacked under the data directory so the libraries (and later the file watcher) see plain files.
 */
public final class ContentDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(ContentDirectory.class);
    private static final String BUNDLED = "demo-shop/";

    private ContentDirectory() {
    }

    public static Path resolve(TandemProperties properties) {
        if (properties.contentDir() != null) {
            Path configured = properties.contentDir().toAbsolutePath().normalize();
            if (!Files.isDirectory(configured.resolve("faq")) || !Files.isDirectory(configured.resolve("intents"))) {
                throw new IllegalStateException("tandem.content-dir " + configured
                        + " must contain the directories faq/ and intents/ (see README, \"Editing the FAQ\")");
            }
            return configured;
        }
        Path target = DataDirectory.writable(properties.dataDir()).resolve("demo-content");
        unpackDemoShop(target);
        LOG.info("Serving the bundled demo shop (unpacked to {}); set tandem.content-dir to serve your own", target);
        return target;
    }

    /** Unpacked afresh on every start, so an upgraded jar never serves a stale copy. */
    public static void unpackDemoShop(Path target) {
        try {
            deleteRecursively(target);
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + BUNDLED + "**/*.*");
            if (files.length == 0) {
                throw new IllegalStateException("the demo shop is missing from the jar (classpath:" + BUNDLED + ")");
            }
            for (Resource file : files) {
                String url = file.getURL().toString();
                String relative = url.substring(url.lastIndexOf(BUNDLED) + BUNDLED.length());
                Path destination = target.resolve(relative).normalize();
                if (!destination.startsWith(target)) {
                    throw new IllegalStateException("refusing to unpack " + url + " outside " + target);
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the demo shop to " + target, e);
        }
    }

    public static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
