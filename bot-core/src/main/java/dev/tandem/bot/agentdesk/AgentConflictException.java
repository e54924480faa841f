package dev.tandem.bot.agentdesk;

/** The action does not fit the conversation's current state: someone else holds it, it is not waiting, … */
public final class AgentConflictException extends RuntimeException {

    private final String code;

    public AgentConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, machine-readable reason (the API's {@code error}). */
    public String code() {
        return code;
    }
}
