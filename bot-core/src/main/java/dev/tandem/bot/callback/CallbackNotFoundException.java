package dev.tandem.bot.callback;

public final class CallbackNotFoundException extends RuntimeException {

    public CallbackNotFoundException(String id) {
        super("there is no callback request " + id);
    }
}
