package dev.tandem.bot.agentdesk;

import dev.tandem.bot.conversation.Conversation;

/** The rule before an agent writes in a chat (a reply, a file, a transfer): the agent holds it. */
public final class HeldChat {

    private HeldChat() {
    }

    /** @throws AgentConflictException {@code not_yours} when the conversation is not assigned to this agent */
    public static void require(Conversation conversation, String agent) {
        if (!conversation.isAssignedTo(agent)) {
            throw new AgentConflictException("not_yours", "conversation " + conversation.id() + " is "
                    + conversation.state() + conversation.assignedAgent().map(other -> " with " + other).orElse("")
                    + ", not assigned to you");
        }
    }
}
