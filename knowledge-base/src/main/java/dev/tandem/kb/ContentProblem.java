package dev.tandem.kb;

import java.nio.file.Path;

/** One thing wrong with an FAQ file, reported to editors as {@code file:line: reason}. */
public record ContentProblem(Path file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
