package dev.tandem.adapters.editor.writing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Writes the shop's content files for editors: every save is checked with the content lint first (an invalid save
 * is refused and nothing is written), written atomically, recorded in the history, and then reloaded while the
 * previous content keeps serving. The editor page, the API and the learning loop all write through it.
 */
public interface ContentEditing {

    StoredFile read(ContentPath path);

    SaveOutcome save(String editor, String message, List<FileChange> changes);

    List<ContentHistory.Version> history(ContentPath path);

    /** The file's text at a history version: empty when that version deleted it. */
    Optional<String> textAt(ContentPath path, String version);

    /** Which saves the live bot serves. */
    LiveStatus live();

    /** Completes once the live bot serves the save with this revision (or a later one). */
    CompletableFuture<LiveStatus> whenServed(long revision);

    /** @param version the file's {@link ContentVersions version}; {@link ContentVersions#NONE} when it is absent */
    record StoredFile(ContentPath path, Optional<String> text, String version) {
    }

    /**
     * @param savedRevision  saves made on this node so far
     * @param servedRevision the newest of them the live bot serves
     * @param problems       what the last reload found, {@code file:line: reason}
     */
    record LiveStatus(long savedRevision, long servedRevision, java.time.Instant servedAt, String history,
                      List<String> problems) {
    }
}
