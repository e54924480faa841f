package dev.tandem.adapters.content;

import dev.tandem.intents.ContentException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start stopped by the shop's content (a malformed intent file, found while the content loads in the
 * background) is reported as its {@code file:line: reason} and what to do, not as a stack trace: the person
 * reading it edits content, not code. Registered in {@code META-INF/spring.factories}.
 */
public final class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the file named above in the content directory (tandem.content-dir), or check it with "
                        + "'java -jar tandem.jar kb lint', and start the server again.", cause);
    }
}
