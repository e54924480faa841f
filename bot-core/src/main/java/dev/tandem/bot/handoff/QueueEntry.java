package dev.tandem.bot.handoff;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.intents.Language;
import java.time.Duration;
import java.time.Instant;

/**
 * A conversation waiting for an agent. Agents see the highest priority first and, within a priority, the
 * longest-waiting first.
 */
public record QueueEntry(
        String conversationId,
        Language language,
        Channel channel,
        HandoffReason reason,
        String summary,
        int priority,
        Instant queuedAt) {

    /** Live chat is answered before e-mail: a shopper on the page is waiting right now. */
    public static int priorityOf(Channel channel) {
        return channel == Channel.EMAIL ? 10 : 20;
    }

    public Duration waitingSince(Instant now) {
        Duration waited = Duration.between(queuedAt, now);
        return waited.isNegative() ? Duration.ZERO : waited;
    }
}
