package dev.tandem.bot.chat;

/** The conversation was closed; it takes no more messages. */
public final class ConversationClosedException extends RuntimeException {

    public ConversationClosedException(String conversationId) {
        super("conversation " + conversationId + " is closed");
    }
}
