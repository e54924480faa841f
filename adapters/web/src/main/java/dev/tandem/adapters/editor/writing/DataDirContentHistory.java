package dev.tandem.adapters.editor.writing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * History for a content directory outside git: every saved version of a file is kept under
 * {@code <data-dir>/content-history/<path>/} as {@code <n>.txt} (absent for a deletion) and {@code <n>.properties}
 * (who, when, why). The version before the first save is kept too, so the first edit can be undone.
 */
public final class DataDirContentHistory implements ContentHistory {

    private final Path root;

    public DataDirContentHistory(Path root) {
        this.root = root;
    }

    @Override
    public String kind() {
        return "data-dir";
    }

    @Override
    public Optional<String> blocked() {
        return Optional.empty();
    }

    @Override
    public synchronized void record(String editor, String message, List<Applied> applied) throws HistoryException {
        Instant now = Instant.now();
        try {
            for (Applied file : applied) {
                Path directory = root.resolve(file.path().value());
                if (!Files.isDirectory(directory) && file.before().isPresent()) {
                    keep(directory, file.before(), "(before the editor)", now.minusMillis(1), "the file as it was");
                }
                keep(directory, file.after(), editor, now, message);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new HistoryException("cannot keep the earlier version in " + root + ": " + e.getMessage(), e);
        }
    }

    private static void keep(Path directory, Optional<String> text, String by, Instant at, String message)
            throws IOException {
        Files.createDirectories(directory);
        String id = String.format("%06d", count(directory) + 1);
        if (text.isPresent()) {
            Files.writeString(directory.resolve(id + ".txt"), text.get(), StandardCharsets.UTF_8);
        }
        Properties meta = new Properties();
        meta.setProperty("by", by);
        meta.setProperty("at", at.toString());
        meta.setProperty("message", message);
        meta.setProperty("version", ContentVersions.of(text));
        try (Writer out = Files.newBufferedWriter(directory.resolve(id + ".properties"), StandardCharsets.UTF_8)) {
            meta.store(out, null);
        }
    }

    private static long count(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".properties")).count();
        }
    }

    @Override
    public synchronized List<Version> versions(ContentPath path) {
        Path directory = root.resolve(path.value());
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Version> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".properties")).toList()) {
                Properties meta = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    meta.load(in);
                }
                String name = file.getFileName().toString();
                versions.add(new Version(name.substring(0, name.indexOf('.')), meta.getProperty("by"),
                        Instant.parse(meta.getProperty("at")), meta.getProperty("message"), meta.getProperty("version")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        versions.sort(Comparator.comparing(Version::id).reversed());
        return versions;
    }

    @Override
    public synchronized Optional<String> textAt(ContentPath path, String version) {
        if (!version.matches("[0-9]{6}")) {
            throw new InvalidEdit("unknown_version", "no version '" + version + "' of " + path);
        }
        Path directory = root.resolve(path.value());
        if (!Files.exists(directory.resolve(version + ".properties"))) {
            throw new InvalidEdit("unknown_version", "no version '" + version + "' of " + path);
        }
        Path text = directory.resolve(version + ".txt");
        try {
            return Files.exists(text) ? Optional.of(Files.readString(text, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
