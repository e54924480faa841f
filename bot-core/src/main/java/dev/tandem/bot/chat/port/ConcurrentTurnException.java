package dev.tandem.bot.chat.port;

/** Another turn on the same conversation was saved first; the turn must be computed again. */
public final class ConcurrentTurnException extends RuntimeException {

    public ConcurrentTurnException(String conversationId, long expectedVersion) {
        super("conversation " + conversationId + " moved past version " + expectedVersion);
    }
}
