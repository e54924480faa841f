package dev.tandem.bot.conversation;

/**
 * The request is fine but does not fit the current state (someone else holds the chat, it was rated already, a
 * call back is already asked for): the API answers 409 with {@link #code()} as its {@code error}.
 */
public abstract class StateConflictException extends RuntimeException {

    private final String code;

    protected StateConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, machine-readable reason (the API's {@code error}). */
    public final String code() {
        return code;
    }
}
