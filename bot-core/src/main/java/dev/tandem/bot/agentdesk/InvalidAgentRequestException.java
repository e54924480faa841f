package dev.tandem.bot.agentdesk;

/** The agent's request itself is wrong (blank reply, unknown colleague), whatever the conversation's state. */
public final class InvalidAgentRequestException extends RuntimeException {

    public InvalidAgentRequestException(String message) {
        super(message);
    }
}
