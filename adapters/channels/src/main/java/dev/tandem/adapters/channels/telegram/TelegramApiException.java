package dev.tandem.adapters.channels.telegram;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The Bot API answered a call with an error. The message names the method, the status and Telegram's own
 * description, never the address (the bot token is part of it).
 *
 * @param retryAfter how long Telegram asked us to wait (429, {@code parameters.retry_after})
 */
final class TelegramApiException extends RuntimeException {

    private final int status;
    private final String description;
    private final Optional<Duration> retryAfter;

    TelegramApiException(String method, int status, String description, Optional<Duration> retryAfter) {
        super(method + " answered " + status + (description.isEmpty() ? "" : ": " + description));
        this.status = status;
        this.description = description;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** Worth another try: Telegram is failing (5xx) or asks us to slow down (429). */
    boolean isPassing() {
        return status >= 500 || status == 429;
    }

    /** Telegram could not read the message's HTML ("can't parse entities"): send it as plain text instead. */
    boolean isFormattingRejected() {
        return status == 400 && description.toLowerCase(Locale.ROOT).contains("parse entities");
    }
}
