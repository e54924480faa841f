package dev.tandem.bot.shopper;

import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.queue.QueueChange;
import java.util.List;
import java.util.Optional;

/**
 * Everything one change to a conversation writes, saved all at once or not at all: the conversation's next
 * version, the new messages, what happens to its place in the agent queue, a helpful vote on an earlier
 * answer, and the events that record it. Shopper turns and agent actions are both saved this way.
 *
 * @param expectedVersion the version the turn was computed from; the store refuses the turn if it moved on
 */
public record ConversationTurn(long expectedVersion, Conversation updated, List<Message> appended,
                               QueueChange queue, Optional<HelpfulVote> vote, List<ConversationEvent> events) {

    public ConversationTurn {
        appended = List.copyOf(appended);
        events = List.copyOf(events);
    }

    /** A turn that only adds messages. */
    public static ConversationTurn of(Conversation before, Conversation updated, List<Message> appended) {
        return new ConversationTurn(before.version(), updated, appended, QueueChange.NONE, Optional.empty(), List.of());
    }

    /** The shopper's answer to "Was this helpful?", stored on the answer it is about. */
    public record HelpfulVote(long answerSeq, boolean helpful) {
    }
}
