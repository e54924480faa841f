package dev.tandem.bot.agentdesk;

import dev.tandem.bot.conversation.StateConflictException;

/** The action does not fit the conversation's current state: someone else holds it, it is not waiting, … */
public final class AgentConflictException extends StateConflictException {

    public AgentConflictException(String code, String message) {
        super(code, message);
    }
}
