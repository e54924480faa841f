package dev.tandem.bot.shopper;

/**
 * No conversation this caller may open: the id is unknown or the token is not its token. Both look the
 * same from outside, so a guessed id reveals nothing.
 */
public final class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException(String conversationId) {
        super("no conversation " + conversationId + " for this token");
    }
}
