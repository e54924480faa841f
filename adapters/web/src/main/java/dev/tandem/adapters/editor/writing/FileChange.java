package dev.tandem.adapters.editor.writing;

import java.util.Optional;

/**
 * One file of a save. {@code expectedVersion} is the version the editor started from ({@link ContentVersions});
 * {@link ContentVersions#NONE} for a file that must not exist yet; empty when the change is computed under the
 * save's lock from what is on disk (adding an example), so no one's edit can be lost by it.
 */
public sealed interface FileChange {

    ContentPath path();

    Optional<String> expectedVersion();

    record Write(ContentPath path, String text, Optional<String> expectedVersion) implements FileChange {
    }

    record Delete(ContentPath path, Optional<String> expectedVersion) implements FileChange {
    }
}
