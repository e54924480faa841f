package dev.tandem.adapters.editor.writing;

import dev.tandem.adapters.content.ContentDirectory;
import dev.tandem.bot.content.ContentLint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ContentEditing} on the content directory's plain files. A save, under one lock per node:
 * <ol>
 *   <li>refused if the git repository is mid-merge, or if any file is no longer the version the editor started
 *   from (whoever changed it: another editor, another node, a text editor on the disk);</li>
 *   <li>applied to a copy of the content directory and linted there; refused with the problems it would bring in
 *   ({@code file:line: reason}), the live directory untouched;</li>
 *   <li>written as a temporary file beside the target and moved over it atomically, so the reloader reads the old
 *   file or the new one, never half of one;</li>
 *   <li>recorded in the history (undone on disk if that fails), and reloaded in the background
 *   ({@link LiveContent}).</li>
 * </ol>
 * A client that disconnects mid-save changes nothing of this: the save runs to its end or never starts.
 */
public final class FileContentEditing implements ContentEditing {

    private static final Logger LOG = LoggerFactory.getLogger(FileContentEditing.class);
    /** A content file an editor may save; far more than any FAQ answer or intent needs. */
    static final int MAX_FILE_CHARS = 200_000;
    static final String SAVING_SUFFIX = ".tandem-saving";

    private final Path contentDir;
    private final Path stagingRoot;
    private final ContentHistory history;
    private final LiveContent live;
    private String liveFingerprint = "";
    private Set<String> liveLint = Set.of();

    public FileContentEditing(Path contentDir, Path stagingRoot, ContentHistory history, LiveContent live) {
        this.contentDir = contentDir;
        this.stagingRoot = stagingRoot;
        this.history = history;
        this.live = live;
    }

    @Override
    public StoredFile read(ContentPath path) {
        Optional<String> text = readText(contentDir.resolve(path.value()));
        return new StoredFile(path, text, ContentVersions.of(text));
    }

    @Override
    public synchronized SaveOutcome save(String editor, String message, List<FileChange> changes) {
        if (changes.isEmpty()) {
            throw new InvalidEdit("nothing_to_save", "the save changes no file");
        }
        Optional<String> blocked = history.blocked();
        if (blocked.isPresent()) {
            return new SaveOutcome.RepositoryBusy(blocked.get() + "; nothing was written");
        }
        List<ContentHistory.Applied> applied = new ArrayList<>();
        for (FileChange change : changes) {
            if (change instanceof FileChange.Write write && write.text().length() > MAX_FILE_CHARS) {
                throw new InvalidEdit("too_large", write.path() + " would have " + write.text().length()
                        + " characters; a content file may have at most " + MAX_FILE_CHARS);
            }
            Optional<String> before = readText(contentDir.resolve(change.path().value()));
            String current = ContentVersions.of(before);
            if (change.expectedVersion().isPresent() && !change.expectedVersion().get().equals(current)) {
                return conflict(change.path(), current);
            }
            Optional<String> after = change instanceof FileChange.Write write ? Optional.of(write.text()) : Optional.empty();
            applied.add(new ContentHistory.Applied(change.path(), before, after));
        }
        List<String> problems = problemsBroughtIn(applied);
        if (!problems.isEmpty()) {
            return new SaveOutcome.Invalid(problems);
        }
        write(applied);
        try {
            history.record(editor, message, applied);
        } catch (ContentHistory.HistoryException failed) {
            LOG.warn("History refused a save; putting the files back", failed);
            write(applied.stream().map(a -> new ContentHistory.Applied(a.path(), a.after(), a.before())).toList());
            return new SaveOutcome.RepositoryBusy(failed.getMessage() + "; nothing was saved");
        }
        Map<String, String> versions = new LinkedHashMap<>();
        applied.forEach(a -> versions.put(a.path().value(), ContentVersions.of(a.after())));
        LOG.info("{} saved {} ({})", editor, versions.keySet(), message);
        return new SaveOutcome.Saved(live.saved(), versions);
    }

    private SaveOutcome conflict(ContentPath path, String current) {
        Optional<ContentHistory.Version> last = history.versions(path).stream().findFirst()
                .filter(version -> version.contentVersion().equals(current));
        if (last.isPresent()) {
            return new SaveOutcome.Conflict(path.value(), last.get().by(), last.get().at(), current);
        }
        Path file = contentDir.resolve(path.value());
        Instant at;
        try {
            at = Files.exists(file) ? Files.getLastModifiedTime(file).toInstant() : Instant.now();
        } catch (IOException e) {
            at = Instant.now();
        }
        return new SaveOutcome.Conflict(path.value(), "someone outside the editor (the file on disk)", at, current);
    }

    /** The lint's problems with the save applied that the live content does not already have. */
    private List<String> problemsBroughtIn(List<ContentHistory.Applied> applied) {
        Path staging = stagingRoot.resolve(UUID.randomUUID().toString());
        try {
            copyContent(contentDir, staging);
            write(staging, applied);
            Set<String> after = relative(staging, ContentLint.lint(staging).problems());
            after.removeAll(liveProblems());
            return List.copyOf(after);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the save in " + staging, e);
        } finally {
            try {
                ContentDirectory.deleteRecursively(staging);
            } catch (IOException e) {
                LOG.warn("Cannot delete the staging copy {}", staging, e);
            }
        }
    }

    /** The live directory's lint, computed again only when a file in it changed (the lint takes seconds). */
    private Set<String> liveProblems() throws IOException {
        String fingerprint = fingerprint(contentDir);
        if (!fingerprint.equals(liveFingerprint)) {
            liveLint = relative(contentDir, ContentLint.lint(contentDir).problems());
            liveFingerprint = fingerprint;
        }
        return liveLint;
    }

    private static String fingerprint(Path root) throws IOException {
        StringBuilder fingerprint = new StringBuilder();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                if (!root.relativize(path).toString().startsWith(".git")) {
                    fingerprint.append(path).append(Files.size(path)).append(Files.getLastModifiedTime(path)).append('\n');
                }
            }
        }
        return ContentVersions.of(fingerprint.toString());
    }

    private static Set<String> relative(Path root, List<String> problems) {
        String prefix = root.toString() + root.getFileSystem().getSeparator();
        Set<String> relative = new LinkedHashSet<>();
        problems.forEach(problem -> relative.add(problem.replace(prefix, "").replace('\\', '/')));
        return relative;
    }

    private void write(List<ContentHistory.Applied> applied) {
        try {
            write(contentDir, applied);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + contentDir, e);
        }
    }

    private static void write(Path root, List<ContentHistory.Applied> applied) throws IOException {
        for (ContentHistory.Applied file : applied) {
            Path target = root.resolve(file.path().value());
            if (file.after().isEmpty()) {
                Files.deleteIfExists(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            // Beside the target (same file system, so the move is atomic) under a name no content reader lists.
            Path temporary = target.resolveSibling("." + target.getFileName() + SAVING_SUFFIX);
            Files.writeString(temporary, file.after().get(), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyContent(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path relative = from.relativize(path);
                if (relative.toString().startsWith(".git") || path.getFileName().toString().endsWith(SAVING_SUFFIX)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static Optional<String> readText(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public List<ContentHistory.Version> history(ContentPath path) {
        return history.versions(path);
    }

    @Override
    public Optional<String> textAt(ContentPath path, String version) {
        return history.textAt(path, version);
    }

    @Override
    public LiveStatus live() {
        return live.status(history.kind());
    }

    @Override
    public CompletableFuture<LiveStatus> whenServed(long revision) {
        return live.whenServed(revision).thenApply(ignored -> live());
    }
}
