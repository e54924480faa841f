package dev.tandem.intents;

import java.util.List;
import java.util.stream.Collectors;

/** Content that cannot be used; the message lists every problem as {@code file:line: reason}. */
public final class ContentException extends RuntimeException {

    private final transient List<IntentFileProblem> problems;

    public ContentException(List<IntentFileProblem> problems) {
        super(problems.stream().map(IntentFileProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<IntentFileProblem> problems() {
        return problems;
    }
}
