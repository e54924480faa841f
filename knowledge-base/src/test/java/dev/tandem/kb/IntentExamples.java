package dev.tandem.kb;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The demo shop's intent examples as {@link Phrasings}, read the way the application feeds them to the index
 * (bot-core's catalog does it in production; this module must not depend on it, so tests read the files).
 */
final class IntentExamples {

    private IntentExamples() {
    }

    @SuppressWarnings("unchecked")
    static Phrasings of(Path contentDir) {
        Map<String, Map<String, List<String>>> byIntent = new HashMap<>();
        try (Stream<Path> files = Files.list(contentDir.resolve("intents"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Map<String, Object> intent = new Yaml().load(reader);
                    String name = file.getFileName().toString().replace(".yml", "");
                    byIntent.put(name, (Map<String, List<String>>) intent.getOrDefault("examples", Map.of()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the intents of " + contentDir, e);
        }
        return (language, intent) -> byIntent.getOrDefault(intent, Map.of()).getOrDefault(language, List.of());
    }
}
