package dev.tandem.intents.catalog;

import dev.tandem.intents.ContentException;
import dev.tandem.intents.IntentFileProblem;
import dev.tandem.intents.Language;
import dev.tandem.intents.vocabulary.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The intents of one shop, read from {@code <content-dir>/intents/*.yml}, with the editors' synonyms
 * ({@code <content-dir>/synonyms/<lang>.txt}, the file the FAQ search reads too): all of them, or none. A content
 * directory with any problem is refused as a whole ({@link ContentException} lists every problem), because
 * a model trained on part of the intents would misroute the rest without anyone noticing.
 */
public final class IntentCatalog {

    private final List<IntentDefinition> intents;
    private final Map<Language, List<String>> synonyms;
    private final String sha256;

    private IntentCatalog(List<IntentDefinition> intents, Map<Language, List<String>> synonyms, String sha256) {
        this.intents = List.copyOf(intents);
        this.synonyms = Map.copyOf(synonyms);
        this.sha256 = sha256;
    }

    public static IntentCatalog load(Path contentDir) {
        Path directory = contentDir.resolve("intents");
        if (!Files.isDirectory(directory)) {
            throw new ContentException(List.of(new IntentFileProblem(directory, 0, "directory of intent files is missing")));
        }
        List<Path> files = intentFiles(directory);
        List<IntentFileProblem> problems = new ArrayList<>();
        List<IntentDefinition> intents = new ArrayList<>();
        for (Path file : files) {
            IntentFileReader.read(file, problems).ifPresent(intents::add);
        }
        if (files.isEmpty()) {
            problems.add(new IntentFileProblem(directory, 0, "no intent files (*.yml)"));
        }
        Map<Language, List<String>> synonyms = new EnumMap<>(Language.class);
        List<Path> fingerprinted = new ArrayList<>(files);
        for (Language language : Language.values()) {
            Path file = contentDir.resolve("synonyms").resolve(language.code() + ".txt");
            if (Files.isRegularFile(file)) {
                List<String> lines = readLines(file);
                Synonyms.parse(lines, file, problems);
                synonyms.put(language, lines);
                fingerprinted.add(file);
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return new IntentCatalog(intents, synonyms, fingerprint(fingerprinted));
    }

    /** Intents in file-name order, so training sees them in the same order on every machine. */
    public List<IntentDefinition> intents() {
        return intents;
    }

    public Optional<IntentDefinition> intent(String name) {
        return intents.stream().filter(intent -> intent.name().equals(name)).findFirst();
    }

    /** The lines of each language's synonyms file; a language without one is absent. */
    public Map<Language, List<String>> synonyms() {
        return synonyms;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Hash of the files' names and bytes: equal catalogs train equal models, so it can key a model cache. */
    public String sha256() {
        return sha256;
    }

    private static List<Path> intentFiles(Path directory) {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(path -> path.getFileName().toString().endsWith(".yml") && Files.isRegularFile(path))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static String fingerprint(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read intent or synonym files", e);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform provides SHA-256", impossible);
        }
    }
}
