package dev.tandem.bot.shopper.port;

import dev.tandem.bot.shopper.ConversationTurn;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import java.util.List;
import reactor.core.publisher.Mono;

/** Outgoing port: writes a conversation, its opening and then its turns. Every write completes once it is durable. */
public interface TurnStore {

    /** Saves a new conversation with its opening messages (the greeting). */
    Mono<Void> open(Conversation conversation, List<Message> opening);

    /**
     * Saves a turn atomically: the conversation, new messages, the queue change, a vote and the logged events.
     * Fails with {@link ConcurrentTurnException} when the stored conversation is no longer at
     * {@link ConversationTurn#expectedVersion()}: another change landed first; with
     * {@link AgentAtCapacityException} when the turn assigns the conversation to an agent who is already at capacity.
     */
    Mono<Void> record(ConversationTurn turn);
}
