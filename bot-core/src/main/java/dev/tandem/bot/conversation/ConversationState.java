package dev.tandem.bot.conversation;

/** Who is in charge of a conversation. A handoff moves {@code BOT → QUEUED}; an agent's claim {@code → ASSIGNED}. */
public enum ConversationState {
    BOT,
    QUEUED,
    ASSIGNED,
    CLOSED;

    /** The bot speaks only while it owns the conversation: never next to a human agent. */
    public boolean botMaySpeak() {
        return this == BOT;
    }
}
