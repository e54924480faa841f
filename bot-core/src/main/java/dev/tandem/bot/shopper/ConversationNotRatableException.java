package dev.tandem.bot.shopper;

/** A rating that does not fit the conversation: nothing to rate yet, or it was rated already. */
public final class ConversationNotRatableException extends RuntimeException {

    private final String code;

    public ConversationNotRatableException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
