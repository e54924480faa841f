package dev.tandem.bot.shopper.port;

import java.time.Duration;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/** Another turn on the same conversation was saved first; the turn must be computed again. */
public final class ConcurrentTurnException extends RuntimeException {

    /**
     * Enough for a burst of changes to one conversation (100 agents claiming it at once): the winner's
     * transaction may still be committing when a loser retries, so retries back off with jitter.
     */
    private static final int RETRIES = 20;

    public ConcurrentTurnException(String conversationId, long expectedVersion) {
        super("conversation " + conversationId + " moved past version " + expectedVersion);
    }

    /** How a use case recomputes a turn that lost a race: on the winner's version, after a short pause. */
    public static RetryBackoffSpec retries() {
        return Retry.backoff(RETRIES, Duration.ofMillis(2)).maxBackoff(Duration.ofMillis(100)).jitter(0.5)
                .filter(ConcurrentTurnException.class::isInstance)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure());
    }
}
