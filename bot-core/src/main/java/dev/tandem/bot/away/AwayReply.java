package dev.tandem.bot.away;

import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import java.util.List;

/**
 * Agent replies the shopper was not there to read, to be mailed: to {@code email}, with {@code resumeKey} in the
 * link that reopens the chat ({@code <conversation id>.<key>}).
 *
 * @param agentName how the shopper knows the agent ("Anna")
 */
public record AwayReply(Conversation conversation, String email, List<Message> replies, String agentName,
                        String resumeKey) {

    public AwayReply {
        replies = List.copyOf(replies);
    }

    /** What the link carries: the conversation and the key that reopens it. */
    public String resumeCode() {
        return conversation.id() + "." + resumeKey;
    }
}
