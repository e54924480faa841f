package dev.tandem.bot.chat.port;

import dev.tandem.bot.chat.ConversationTurn;
import dev.tandem.bot.chat.Rating;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.events.ConversationEvent;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Durable conversations and transcripts. Every write completes only once it is durable. */
public interface ConversationStore {

    /** Saves a new conversation with its opening messages (the greeting). */
    Mono<Void> open(Conversation conversation, List<Message> opening);

    /** The conversation, or empty when there is none with this id. */
    Mono<Conversation> find(String conversationId);

    /**
     * Saves a turn atomically: the conversation, new messages, the queue change, a vote and the logged events.
     * Fails with {@link ConcurrentTurnException} when the stored conversation is no longer at
     * {@link ConversationTurn#expectedVersion()}: another change landed first; with
     * {@link AgentAtCapacityException} when the turn assigns the conversation to an agent who is already at capacity.
     */
    Mono<Void> record(ConversationTurn turn);

    /** Messages with {@code seq > afterSeq}, oldest first. */
    Flux<Message> messagesAfter(String conversationId, long afterSeq);

    /** Adds an event to the log on its own, without changing the conversation (an agent viewing it). */
    Mono<Void> log(ConversationEvent event);

    /** Whether the shopper rated one of the bot's answers in this conversation helpful. */
    Mono<Boolean> hadHelpfulAnswer(String conversationId);

    /** Saves a rating; {@code false} when the conversation was rated before (the first rating stands). */
    Mono<Boolean> rate(Rating rating);
}
