package dev.tandem.bot.shopper;

import java.time.Duration;

/** The shopper writes into this conversation faster than its limit allows; nothing was saved. */
public final class TooManyTurnsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyTurnsException(String conversationId, Duration retryAfter) {
        super("conversation " + conversationId + " is over its message limit");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
