package dev.tandem.bot.handoff;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.intents.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A handed-off conversation's place in the agent queue: waiting while no agent is assigned, held while one
 * is. {@code queuedAt} never changes, so a released conversation goes back to where it was.
 *
 * @param priority  the channel's base priority; ageing is added when ordering (see {@link QueueOrder})
 * @param followUp  handed off when nobody was online: the shopper expects an answer, it goes first next shift
 */
public record QueueEntry(
        String conversationId,
        Language language,
        Channel channel,
        HandoffReason reason,
        String summary,
        int priority,
        Instant queuedAt,
        boolean followUp,
        Optional<String> assignedAgent,
        Optional<Instant> assignedAt) {

    public static QueueEntry waiting(String conversationId, Language language, Channel channel, HandoffReason reason,
                                     String summary, Instant queuedAt, boolean followUp) {
        return new QueueEntry(conversationId, language, channel, reason, summary, priorityOf(channel), queuedAt,
                followUp, Optional.empty(), Optional.empty());
    }

    /** Live chat is answered before e-mail: a shopper on the page is waiting right now. */
    public static int priorityOf(Channel channel) {
        return channel == Channel.EMAIL ? 10 : 20;
    }

    public boolean isWaiting() {
        return assignedAgent.isEmpty();
    }

    public Duration waitingSince(Instant now) {
        Duration waited = Duration.between(queuedAt, now);
        return waited.isNegative() ? Duration.ZERO : waited;
    }
}
