package dev.tandem.adapters.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start stopped by an unwritable data directory (read-only, full, or a file in its place) is reported as that
 * one line and what to do, not as a stack trace. Registered in {@code META-INF/spring.factories}.
 */
public final class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectory.NotWritableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectory.NotWritableException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Let the user running Tandem write to that directory and free space on its disk, or point"
                        + " tandem.data-dir at another directory (e.g. --tandem.data-dir=/var/lib/tandem).", cause);
    }
}
