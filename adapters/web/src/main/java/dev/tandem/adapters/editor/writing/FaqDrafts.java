package dev.tandem.adapters.editor.writing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * FAQ drafts, kept as {@code drafts/faq/<id>.json} in the content directory: saved through {@link ContentEditing}
 * like any content (atomically, in the history, refused when someone changed it meanwhile), shared by every node
 * that serves the directory, and never read by the bot. Publishing writes the entry's files and deletes the draft in
 * one save, so the lint decides: a draft missing a language is refused with {@code file:line: reason}.
 */
public final class FaqDrafts {

    private final ContentEditing content;
    private final FaqEntries faq;
    private final Path contentDir;
    private final ObjectMapper json;

    public FaqDrafts(ContentEditing content, FaqEntries faq, Path contentDir, ObjectMapper json) {
        this.content = content;
        this.faq = faq;
        this.contentDir = contentDir;
        this.json = json;
    }

    /** A draft as stored, with its file's version for the next save. */
    public record StoredDraft(FaqDraft draft, String version) {
    }

    public Optional<StoredDraft> read(String id) {
        ContentEditing.StoredFile file = content.read(ContentPath.draft(id));
        return file.text().map(text -> new StoredDraft(parse(id, text), file.version()));
    }

    /** Every draft, by id. */
    public List<StoredDraft> all() {
        Path folder = contentDir.resolve("drafts").resolve("faq");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<StoredDraft> drafts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (String name : files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .sorted().toList()) {
                try {
                    read(name.substring(0, name.length() - ".json".length())).ifPresent(drafts::add);
                } catch (InvalidEdit unreadable) {
                    // Not a draft the editor wrote (a stray file): left alone.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drafts;
    }

    /**
     * Keeps a new draft begun from learning items; begun again with the same id, the draft that exists is kept
     * and {@link FaqDraft#adding gains} the new items and languages.
     */
    public SaveOutcome begin(String editor, FaqDraft draft) {
        requireNoEntry(draft.id(), "answer with that entry or give the draft another title");
        synchronized (content) {
            Optional<StoredDraft> existing = read(draft.id());
            FaqDraft kept = existing.map(stored -> stored.draft().adding(draft)).orElse(draft);
            return write(editor, "Draft FAQ " + draft.id(), kept, existing.map(StoredDraft::version)
                    .orElse(ContentVersions.NONE));
        }
    }

    /** Saves what the editor has written so far; languages left out are missing. */
    public SaveOutcome save(String editor, String id, Map<String, FaqDocument> languages, String baseVersion) {
        if (languages.isEmpty()) {
            throw new InvalidEdit("nothing_to_save", "write the draft in at least one language");
        }
        Optional<StoredDraft> existing = read(id);
        if (existing.isEmpty()) {
            requireNoEntry(id, "pick another id");
        }
        FaqDraft draft = existing.map(stored -> stored.draft().with(languages))
                .orElseGet(() -> new FaqDraft(id, languages.keySet().iterator().next(), List.of(), languages));
        return write(editor, "Draft FAQ " + id + " " + draft.languages().keySet(), draft, baseVersion);
    }

    /** Deletes the draft (the history keeps it). */
    public SaveOutcome discard(String editor, String id, String baseVersion) {
        required(id);
        return content.save(editor, "Discard FAQ draft " + id, List.of(new FileChange.Delete(ContentPath.draft(id),
                Optional.of(baseVersion))));
    }

    /**
     * Writes the entry in the given languages and deletes the draft, in one save the lint checks.
     *
     * @param entryId the id the entry is published under: the draft's, or a better one the editor chose
     */
    public SaveOutcome publish(String editor, String id, String entryId, Map<String, FaqDocument> languages,
                               String baseVersion) {
        required(id);
        if (languages.isEmpty()) {
            throw new InvalidEdit("nothing_to_save", "give the entry in all four languages to publish it");
        }
        requireNoEntry(entryId, "edit that entry instead, or publish the draft under another id");
        List<FileChange> changes = new ArrayList<>();
        languages.forEach((language, document) -> {
            FaqEntries.requireLanguage(language);
            changes.add(new FileChange.Write(ContentPath.faq(language, entryId), document.withId(entryId).toFile(),
                    Optional.of(ContentVersions.NONE)));
        });
        changes.add(new FileChange.Delete(ContentPath.draft(id), Optional.of(baseVersion)));
        return content.save(editor, "Publish FAQ " + entryId + (entryId.equals(id) ? "" : " (draft " + id + ")"), changes);
    }

    private void requireNoEntry(String id, String advice) {
        if (faq.read(id).values().stream().anyMatch(language -> language.text().isPresent())) {
            throw new FaqEntries.DuplicateId("an FAQ entry '" + id + "' already exists; " + advice);
        }
    }

    private StoredDraft required(String id) {
        return read(id).orElseThrow(() -> new FaqEntries.UnknownEntry("no FAQ draft '" + id + "'"));
    }

    private SaveOutcome write(String editor, String message, FaqDraft draft, String baseVersion) {
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(draft) + "\n";
        return content.save(editor, message, List.of(new FileChange.Write(ContentPath.draft(draft.id()), text,
                Optional.of(baseVersion))));
    }

    private FaqDraft parse(String id, String text) {
        try {
            FaqDraft draft = json.readValue(text, FaqDraft.class);
            return new FaqDraft(id, draft.language(), draft.items(), draft.languages());
        } catch (JacksonException unreadable) {
            throw new InvalidEdit("unreadable_draft", ContentPath.draft(id) + " is not a draft the editor can read: "
                    + unreadable.getOriginalMessage());
        }
    }
}
