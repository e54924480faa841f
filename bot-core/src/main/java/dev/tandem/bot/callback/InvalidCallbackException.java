package dev.tandem.bot.callback;

/** The callback request itself is wrong (a number that is no phone number, an unknown time window). */
public final class InvalidCallbackException extends RuntimeException {

    public InvalidCallbackException(String message) {
        super(message);
    }
}
