package dev.tandem.bot.shopper.port;

/**
 * The store refused to assign a conversation to an agent who already holds as many as their capacity allows: a
 * turn on this node or another filled the last place after the action read the queue. Nothing of the turn was
 * saved; the action is computed again on the current queue, where the agent's capacity refuses it.
 */
public final class AgentAtCapacityException extends RuntimeException {

    public AgentAtCapacityException(String agent, String conversationId) {
        super("agent " + agent + " is at capacity; conversation " + conversationId + " was not assigned");
    }
}
