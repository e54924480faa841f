package dev.tandem.adapters.editor.writing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What became of a save: written (and reloading), or refused with nothing written. */
public sealed interface SaveOutcome {

    /**
     * @param revision  this node's save counter; the live bot serves the change once {@code servedRevision} reaches it
     * @param versions  the new version of each file written ({@link ContentVersions#NONE} for a deleted one)
     */
    record Saved(long revision, Map<String, String> versions) implements SaveOutcome {
    }

    /** The lint found problems the save would bring in, each {@code file:line: reason}. */
    record Invalid(List<String> problems) implements SaveOutcome {
    }

    /** The file is no longer the version the editor started from. */
    record Conflict(String path, String changedBy, Instant changedAt, String currentVersion) implements SaveOutcome {

        public String message() {
            return path + " was changed by " + changedBy + " at " + changedAt + "; reload to merge";
        }
    }

    /** The content's git repository is in a state no commit can be made in (a merge or rebase under way). */
    record RepositoryBusy(String message) implements SaveOutcome {
    }
}
