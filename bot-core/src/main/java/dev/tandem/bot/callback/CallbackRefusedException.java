package dev.tandem.bot.callback;

import dev.tandem.bot.conversation.StateConflictException;

/** Not now: the chat is not waiting for a person, a callback is already asked for, a task is already done. */
public final class CallbackRefusedException extends StateConflictException {

    public CallbackRefusedException(String code, String message) {
        super(code, message);
    }
}
