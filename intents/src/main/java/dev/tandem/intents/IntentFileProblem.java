package dev.tandem.intents;

import java.nio.file.Path;

/** One thing wrong with an intent file or a synonyms list, reported to editors as {@code file:line: reason}. */
public record IntentFileProblem(Path file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
