package dev.tandem.kb;

import java.nio.file.Path;

/**
 * One thing wrong with a file the answers come from (an FAQ entry, a canned reply, a synonyms list), reported to
 * editors as {@code file:line: reason}.
 */
public record AnswerFileProblem(Path file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
