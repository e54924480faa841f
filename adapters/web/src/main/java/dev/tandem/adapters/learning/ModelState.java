package dev.tandem.adapters.learning;

import java.time.Instant;
import java.util.Optional;

/** Where the intent model stands after editors changed the examples. */
public sealed interface ModelState {

    /** The version of the intent files waiting to go live; empty when the serving model is the one on disk. */
    default Optional<String> waiting() {
        return Optional.empty();
    }

    /** The model built from the intent files on disk is the one serving. */
    record Live(Instant since) implements ModelState {
    }

    /** Changed intent files are being cross-validated; the previous model keeps serving meanwhile. */
    record Checking(String catalogSha256, Instant since) implements ModelState {
        @Override
        public Optional<String> waiting() {
            return Optional.of(catalogSha256);
        }
    }

    /** The change would make the bot worse: the previous model keeps serving until an editor publishes anyway. */
    record Held(String catalogSha256, Instant at, RetrainingVerdict verdict) implements ModelState {
        @Override
        public Optional<String> waiting() {
            return Optional.of(catalogSha256);
        }
    }

    /** The check itself failed (a bug, not the content): nothing goes live silently, publishing stays possible. */
    record CheckFailed(String catalogSha256, Instant at, String reason) implements ModelState {
        @Override
        public Optional<String> waiting() {
            return Optional.of(catalogSha256);
        }
    }
}
