package dev.tandem.bot.chat;

import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.handoff.QueueEntry;
import java.util.List;
import java.util.Optional;

/**
 * Everything one shopper message changes, saved all at once or not at all: the conversation's next
 * version, the new messages (the shopper's and the bot's), and the queue entry if it was handed off.
 *
 * @param expectedVersion the version the turn was computed from; the store refuses the turn if it moved on
 */
public record ConversationTurn(long expectedVersion, Conversation updated, List<Message> appended,
                               Optional<QueueEntry> queued) {

    public ConversationTurn {
        appended = List.copyOf(appended);
    }
}
