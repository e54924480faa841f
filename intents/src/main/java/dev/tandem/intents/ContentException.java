package dev.tandem.intents;

import java.util.List;
import java.util.stream.Collectors;

/** Content that cannot be used; the message lists every problem as {@code file:line: reason}. */
public final class ContentException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(problems.stream().map(ContentProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
