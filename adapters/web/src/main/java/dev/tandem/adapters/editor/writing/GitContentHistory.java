package dev.tandem.adapters.editor.writing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * History in the content directory's own git repository: each save is one commit whose author is the editor, so
 * {@code git log} shows who changed what, and an editor's undo is a new commit restoring an older version.
 */
public final class GitContentHistory implements ContentHistory {

    private static final int MAX_VERSIONS = 50;

    private final Repository repository;
    private final String prefix;

    private GitContentHistory(Repository repository, String prefix) {
        this.repository = repository;
        this.prefix = prefix;
    }

    /**
     * The content directory's repository, if the directory is the root of one (has its own {@code .git}); a
     * repository further up (the directory checked out inside a larger project) is used only when asked for by
     * pointing {@code tandem.content-dir} at a directory with {@code .git}, never found by walking up.
     */
    public static Optional<ContentHistory> open(Path contentDir) {
        if (!new File(contentDir.toFile(), ".git").exists()) {
            return Optional.empty();
        }
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(contentDir.toFile());
            builder.addCeilingDirectory(contentDir.toFile());
            Repository repository = builder.setMustExist(true).build();
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            String prefix = workTree.relativize(contentDir.toRealPath()).toString().replace(File.separatorChar, '/');
            return Optional.of(new GitContentHistory(repository, prefix.isEmpty() ? "" : prefix + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the git repository of " + contentDir, e);
        }
    }

    @Override
    public String kind() {
        return "git";
    }

    @Override
    public Optional<String> blocked() {
        RepositoryState state = repository.getRepositoryState();
        if (state != RepositoryState.SAFE) {
            return Optional.of("the content's git repository is in the middle of '" + state.getDescription()
                    + "'; finish or abort it (git status) before saving in the editor");
        }
        try (Git git = new Git(repository)) {
            Set<String> conflicting = git.status().call().getConflicting();
            if (!conflicting.isEmpty()) {
                return Optional.of("the content's git repository has unresolved conflicts in " + conflicting
                        + "; resolve them (git status) before saving in the editor");
            }
        } catch (GitAPIException | RuntimeException e) {
            return Optional.of("cannot read the state of the content's git repository: " + e.getMessage());
        }
        return Optional.empty();
    }

    @Override
    public synchronized void record(String editor, String message, List<Applied> applied) throws HistoryException {
        PersonIdent author = new PersonIdent(editor, editor + "@tandem.editor");
        try (Git git = new Git(repository)) {
            CommitCommand commit = git.commit().setMessage(message).setAuthor(author).setCommitter(author)
                    .setAllowEmpty(true);
            boolean any = false;
            for (Applied file : applied) {
                String path = prefix + file.path().value();
                if (file.after().isPresent()) {
                    git.add().addFilepattern(path).call();
                } else if (tracked(path)) {
                    git.rm().addFilepattern(path).call();
                } else {
                    continue;
                }
                commit.setOnly(path);
                any = true;
            }
            if (any) {
                commit.call();
            }
        } catch (GitAPIException | IOException | RuntimeException e) {
            throw new HistoryException("git could not record the save: " + e.getMessage(), e);
        }
    }

    private boolean tracked(String path) throws IOException {
        ObjectId head = repository.resolve("HEAD^{tree}");
        if (head == null) {
            return false;
        }
        try (TreeWalk walk = TreeWalk.forPath(repository, path, head)) {
            return walk != null;
        }
    }

    @Override
    public synchronized List<Version> versions(ContentPath path) {
        List<Version> versions = new ArrayList<>();
        try (Git git = new Git(repository)) {
            if (repository.resolve("HEAD") == null) {
                return versions;
            }
            for (RevCommit commit : git.log().addPath(prefix + path.value()).setMaxCount(MAX_VERSIONS).call()) {
                versions.add(new Version(commit.name(), commit.getAuthorIdent().getName(),
                        commit.getAuthorIdent().getWhenAsInstant(), commit.getShortMessage(),
                        ContentVersions.of(text(commit, path))));
            }
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("cannot read the git history of " + path + ": " + e.getMessage(), e);
        }
        return versions;
    }

    @Override
    public synchronized Optional<String> textAt(ContentPath path, String version) {
        if (!version.matches("[0-9a-f]{7,40}")) {
            throw new InvalidEdit("unknown_version", "no version '" + version + "' of " + path);
        }
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(version);
            if (id == null) {
                throw new InvalidEdit("unknown_version", "no version '" + version + "' of " + path);
            }
            return text(walk.parseCommit(id), path);
        } catch (MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException unknown) {
            throw new InvalidEdit("unknown_version", "no version '" + version + "' of " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> text(RevCommit commit, ContentPath path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, prefix + path.value(), commit.getTree())) {
            if (walk == null) {
                return Optional.empty();
            }
            return Optional.of(new String(repository.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
        }
    }
}
