package dev.tandem.adapters.editor.writing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Earlier versions of content files: git commits when the content directory is in a git repository
 * ({@link GitContentHistory}), otherwise copies kept in the data directory ({@link DataDirContentHistory}).
 */
public interface ContentHistory {

    /** "git" or "data-dir", for the editor page. */
    String kind();

    /** Why no save can be recorded right now (a merge under way), or empty when saves may go ahead. */
    Optional<String> blocked();

    /** Records a save whose files are already on disk. */
    void record(String editor, String message, List<Applied> applied) throws HistoryException;

    /** Newest first. */
    List<Version> versions(ContentPath path);

    /** The file's text at a version: empty when the version deleted it. */
    Optional<String> textAt(ContentPath path, String version);

    /** One file of a recorded save: its text before and after (empty: absent). */
    record Applied(ContentPath path, Optional<String> before, Optional<String> after) {
    }

    /**
     * @param id             what {@link #textAt} takes
     * @param contentVersion the file's {@link ContentVersions version} after this change
     */
    record Version(String id, String by, Instant at, String message, String contentVersion) {
    }

    class HistoryException extends Exception {
        public HistoryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
