package dev.tandem.adapters.editor.writing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/** FAQ entries in all four languages side by side: read, create, edit, rename and retire them. */
public final class FaqEntries {

    public static final List<String> LANGUAGES = List.of("en", "ru", "uk", "pl");

    private final ContentEditing content;
    private final Path contentDir;

    public FaqEntries(ContentEditing content, Path contentDir) {
        this.content = content;
        this.contentDir = contentDir;
    }

    /**
     * One language of an entry as stored.
     *
     * @param document empty when the file is missing or cannot be read as an entry ({@code text} then shows why)
     * @param changedAt when the file last changed, for the translation matrix
     */
    public record StoredFaq(String language, String version, Optional<FaqDocument> document, Optional<String> text,
                            Instant changedAt) {
    }

    /** A language's fields and the version the editor started from ({@link ContentVersions#NONE} for a new one). */
    public record Edit(FaqDocument document, String baseVersion) {
    }

    public Map<String, StoredFaq> read(String id) {
        Map<String, StoredFaq> languages = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            ContentPath path = ContentPath.faq(language, id);
            ContentEditing.StoredFile file = content.read(path);
            languages.put(language, new StoredFaq(language, file.version(), file.text().flatMap(FaqDocument::parse),
                    file.text(), changedAt(path)));
        }
        return languages;
    }

    /** Every FAQ id in any language, sorted. */
    public List<String> ids() {
        TreeSet<String> ids = new TreeSet<>();
        for (String language : LANGUAGES) {
            Path directory = contentDir.resolve("faq").resolve(language);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.list(directory)) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md"))
                        .map(name -> name.substring(0, name.length() - 3)).forEach(ids::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(ids);
    }

    public SaveOutcome create(String editor, String id, Map<String, FaqDocument> languages) {
        ContentPath.faq("en", id);
        for (String language : LANGUAGES) {
            if (content.read(ContentPath.faq(language, id)).text().isPresent()) {
                throw new DuplicateId("an FAQ entry '" + id + "' already exists (" + language + "); pick another id"
                        + " or edit that entry");
            }
        }
        Map<String, Edit> edits = new LinkedHashMap<>();
        languages.forEach((language, document) -> edits.put(language, new Edit(document, ContentVersions.NONE)));
        return save(editor, id, edits, "Create FAQ " + id);
    }

    public SaveOutcome update(String editor, String id, Map<String, Edit> languages) {
        return save(editor, id, languages, "Edit FAQ " + id + " " + languages.keySet());
    }

    private SaveOutcome save(String editor, String id, Map<String, Edit> languages, String message) {
        if (languages.isEmpty()) {
            throw new InvalidEdit("nothing_to_save", "give the entry in at least one language");
        }
        List<FileChange> changes = new ArrayList<>();
        languages.forEach((language, edit) -> {
            requireLanguage(language);
            changes.add(new FileChange.Write(ContentPath.faq(language, id), edit.document().withId(id).toFile(),
                    Optional.ofNullable(edit.baseVersion())));
        });
        return content.save(editor, message, changes);
    }

    /** Moves every language's file to the new id, in one save (one commit). */
    public SaveOutcome rename(String editor, String id, String newId, Map<String, String> versions) {
        ContentPath.faq("en", newId);
        List<FileChange> changes = new ArrayList<>();
        for (Map.Entry<String, StoredFaq> language : read(id).entrySet()) {
            StoredFaq stored = language.getValue();
            if (stored.text().isEmpty()) {
                continue;
            }
            if (content.read(ContentPath.faq(language.getKey(), newId)).text().isPresent()) {
                throw new DuplicateId("an FAQ entry '" + newId + "' already exists (" + language.getKey() + ")");
            }
            FaqDocument document = stored.document().orElseThrow(() -> new InvalidEdit("unreadable_entry",
                    "faq/" + language.getKey() + "/" + id + ".md cannot be read as an entry; fix it first"));
            Optional<String> base = Optional.ofNullable(versions.get(language.getKey()));
            changes.add(new FileChange.Delete(ContentPath.faq(language.getKey(), id), base));
            changes.add(new FileChange.Write(ContentPath.faq(language.getKey(), newId), document.withId(newId).toFile(),
                    Optional.of(ContentVersions.NONE)));
        }
        if (changes.isEmpty()) {
            throw new UnknownEntry("no FAQ entry '" + id + "'");
        }
        return content.save(editor, "Rename FAQ " + id + " to " + newId, changes);
    }

    /**
     * Deletes every language's file; the history keeps them, so a retired entry can be brought back. An entry that
     * answers an intent is refused: the bot would still understand those questions and then have nothing to say.
     */
    public SaveOutcome retire(String editor, String id, Map<String, String> versions) {
        List<FileChange> changes = new ArrayList<>();
        read(id).forEach((language, stored) -> {
            if (stored.text().isPresent()) {
                stored.document().map(FaqDocument::intent).filter(intent -> !intent.isEmpty()).ifPresent(intent -> {
                    throw new EntryInUse("'" + id + "' is the answer of the intent '" + intent + "' (" + language
                            + "): retired, the bot would understand those questions and have nothing to say. Edit its "
                            + "answer instead, or remove the intent (intents/" + intent + ".yml) first");
                });
                changes.add(new FileChange.Delete(ContentPath.faq(language, id),
                        Optional.ofNullable(versions.get(language))));
            }
        });
        if (changes.isEmpty()) {
            throw new UnknownEntry("no FAQ entry '" + id + "'");
        }
        return content.save(editor, "Retire FAQ " + id, changes);
    }

    /**
     * Undoes a retirement: every language the entry had comes back as it was before it was deleted, in one save
     * (checked like any). Languages that exist now are left alone.
     */
    public SaveOutcome bringBack(String editor, String id) {
        List<FileChange> changes = new ArrayList<>();
        for (String language : LANGUAGES) {
            ContentPath path = ContentPath.faq(language, id);
            if (content.read(path).text().isPresent()) {
                continue;
            }
            content.history(path).stream()
                    .map(version -> content.textAt(path, version.id()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(text -> changes.add(new FileChange.Write(path, text, Optional.of(ContentVersions.NONE))));
        }
        if (changes.isEmpty()) {
            throw new UnknownEntry("no retired FAQ entry '" + id + "' to bring back: it exists, or its history has no"
                    + " earlier version");
        }
        return content.save(editor, "Bring back FAQ " + id, changes);
    }

    /** Synonyms lists and canned replies, as content paths. */
    public List<String> otherFiles() {
        List<String> files = new ArrayList<>();
        for (String directory : List.of("synonyms", "canned")) {
            Path folder = contentDir.resolve(directory);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(folder)) {
                listing.map(file -> directory + "/" + file.getFileName()).sorted().forEach(path -> {
                    try {
                        files.add(new ContentPath(path).value());
                    } catch (InvalidEdit notEditable) {
                        // Not a file the editor writes (a README, a stray backup).
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    public static void requireLanguage(String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new InvalidEdit("invalid_lang", "language must be one of en, ru, uk, pl; got '" + language + "'");
        }
    }

    private Instant changedAt(ContentPath path) {
        List<ContentHistory.Version> versions = content.history(path);
        if (!versions.isEmpty()) {
            return versions.get(0).at();
        }
        try {
            Path file = contentDir.resolve(path.value());
            return Files.exists(file) ? Files.getLastModifiedTime(file).toInstant() : Instant.EPOCH;
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** An id that is taken. */
    public static final class DuplicateId extends InvalidEdit {
        public DuplicateId(String message) {
            super("duplicate_id", message);
        }
    }

    /** An entry the bot still needs. */
    public static final class EntryInUse extends InvalidEdit {
        public EntryInUse(String message) {
            super("entry_in_use", message);
        }
    }

    /** An entry that does not exist. */
    public static final class UnknownEntry extends InvalidEdit {
        public UnknownEntry(String message) {
            super("unknown_entry", message);
        }
    }
}
