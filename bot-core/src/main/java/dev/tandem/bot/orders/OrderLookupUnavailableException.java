package dev.tandem.bot.orders;

/**
 * The order system cannot be asked right now (down, timing out, circuit open). The bot then says it cannot
 * check and offers a person: it never guesses a status.
 */
public final class OrderLookupUnavailableException extends RuntimeException {

    public OrderLookupUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
