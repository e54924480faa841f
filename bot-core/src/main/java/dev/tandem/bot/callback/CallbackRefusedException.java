package dev.tandem.bot.callback;

/**
 * The request is fine but does not fit now: the chat is not waiting for a person, a callback is already asked
 * for, a task is already done. {@code code} names which, for the API's error.
 */
public final class CallbackRefusedException extends RuntimeException {

    private final String code;

    public CallbackRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
