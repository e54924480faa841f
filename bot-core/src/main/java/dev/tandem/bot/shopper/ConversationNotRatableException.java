package dev.tandem.bot.shopper;

import dev.tandem.bot.conversation.StateConflictException;

/** A rating that does not fit the conversation: nothing to rate yet, or it was rated already. */
public final class ConversationNotRatableException extends StateConflictException {

    public ConversationNotRatableException(String code, String message) {
        super(code, message);
    }
}
