package dev.tandem.bot.agentdesk;

import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.intents.Language;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Use cases: what an agent does with a handed-off conversation. Each action is one durable turn; two agents
 * acting on one conversation at once cannot both win (the loser gets {@link AgentConflictException}).
 */
public interface AgentDesk {

    /**
     * Takes a waiting conversation in one of the agent's languages (refused with {@code other_language}
     * otherwise); claiming one's own conversation again is a no-op.
     */
    Mono<Conversation> claim(String agent, String conversationId);

    /** Back to the queue at its old place. */
    Mono<Conversation> release(String agent, String conversationId);

    Mono<Conversation> transfer(String agent, String conversationId, TransferTarget target);

    Mono<Conversation> resolve(String agent, String conversationId);

    /** The bot takes over again; the history stays. */
    Mono<Conversation> returnToBot(String agent, String conversationId);

    Mono<Message> reply(String agent, String conversationId, String text);

    /** Puts the chats of agents offline longer than the grace period back in the queue; returns how many. */
    Mono<Integer> returnChatsOfAbsentAgents();

    /** To a named colleague, or to whoever speaks a language (back to the queue for that language). */
    record TransferTarget(Optional<String> agent, Optional<Language> language) {

        public TransferTarget {
            if (agent.isPresent() == language.isPresent()) {
                throw new InvalidAgentRequestException("transfer to exactly one of: an agent, a language");
            }
        }
    }
}
