package dev.tandem.bot.events;

import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened in a conversation. Each turn's events are saved with the turn (they are what the
 * analytics count) and, once it is durable, published to whoever is watching (the shopper's and the agents'
 * live streams). {@link Type#MESSAGE} and {@link Type#QUEUE_CHANGED} are only published: the message itself
 * lives in the transcript (see {@link Type#logged()}).
 *
 * @param state   the conversation's state after the event
 * @param agent   the agent who acted, for agent actions
 * @param value   a number the type defines: seconds waited (claimed), seconds handled (resolved), the score
 *                (rated), 1/0 (helpful vote)
 * @param detail  text the type defines: the unanswered question, the transfer target, who handled a rated chat
 */
public record ConversationEvent(
        Type type,
        String conversationId,
        Instant at,
        ConversationState state,
        Optional<HandoffReason> reason,
        Optional<String> agent,
        Optional<String> faqId,
        Optional<Long> value,
        Optional<String> detail,
        Optional<Message> message) {

    public enum Type {
        MESSAGE, QUEUE_CHANGED, HANDED_OFF, CLAIMED, RELEASED, TRANSFERRED, RESOLVED, RETURNED_TO_BOT, REOPENED,
        HELPFUL_VOTE, RATED, UNANSWERED, CONTACT_LEFT,
        /** An agent opened the conversation and saw the customer's data (the audit trail). */
        VIEWED,
        /** The shopper is typing; {@code agent} is the one holding the chat, who is told. Streamed, never kept. */
        SHOPPER_TYPING,
        /** The agent holding the chat ({@code agent}) is typing. Streamed, never kept. */
        AGENT_TYPING,
        /** {@code agent} wrote an internal note on the conversation; agents' desks only. Streamed, never kept. */
        NOTE_ADDED,
        /** A callback request was made or done ({@code state} is not read); agents' desks only. Streamed, never kept. */
        CALLBACK_CHANGED;

        /**
         * Whether events of this type go to the event log analytics count from. The others are streamed
         * only: messages live in the transcript and ratings in their own table.
         */
        public boolean logged() {
            return this != MESSAGE && this != QUEUE_CHANGED && this != RATED && this != SHOPPER_TYPING
                    && this != AGENT_TYPING && this != NOTE_ADDED && this != CALLBACK_CHANGED;
        }
    }

    public ConversationEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(state, "state");
    }

    public static ConversationEvent of(Type type, String conversationId, ConversationState state, Instant at) {
        return new ConversationEvent(type, conversationId, at, state, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ConversationEvent message(Message message, ConversationState state) {
        return of(Type.MESSAGE, message.conversationId(), state, message.createdAt()).withMessage(message);
    }

    public ConversationEvent withReason(HandoffReason newReason) {
        return new ConversationEvent(type, conversationId, at, state, Optional.of(newReason), agent, faqId, value,
                detail, message);
    }

    public ConversationEvent withAgent(String newAgent) {
        return new ConversationEvent(type, conversationId, at, state, reason, Optional.of(newAgent), faqId, value,
                detail, message);
    }

    public ConversationEvent withFaqId(String newFaqId) {
        return new ConversationEvent(type, conversationId, at, state, reason, agent, Optional.of(newFaqId), value,
                detail, message);
    }

    public ConversationEvent withValue(long newValue) {
        return new ConversationEvent(type, conversationId, at, state, reason, agent, faqId, Optional.of(newValue),
                detail, message);
    }

    public ConversationEvent withDetail(String newDetail) {
        return new ConversationEvent(type, conversationId, at, state, reason, agent, faqId, value,
                Optional.of(newDetail), message);
    }

    private ConversationEvent withMessage(Message newMessage) {
        return new ConversationEvent(type, conversationId, at, state, reason, agent, faqId, value, detail,
                Optional.of(newMessage));
    }
}
