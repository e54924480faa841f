package dev.tandem.bot.queue;

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
 * @param request   what the shopper asked for: the one line an agent triages by
 * @param priority  the channel's base priority; ageing is added when ordering (see {@link QueueOrder})
 * @param followUp  handed off when nobody was online: the shopper expects an answer, it goes first next shift
 */
public record QueueEntry(
        String conversationId,
        Language language,
        Channel channel,
        HandoffReason reason,
        HandoffRequest request,
        int priority,
        Instant queuedAt,
        boolean followUp,
        Optional<String> assignedAgent,
        Optional<Instant> assignedAt) {

    /** An entry known only by the shopper's words (nothing recognised in them). */
    public QueueEntry(String conversationId, Language language, Channel channel, HandoffReason reason, String summary,
                      int priority, Instant queuedAt, boolean followUp, Optional<String> assignedAgent,
                      Optional<Instant> assignedAt) {
        this(conversationId, language, channel, reason, HandoffRequest.of(summary), priority, queuedAt, followUp,
                assignedAgent, assignedAt);
    }

    public static QueueEntry waiting(String conversationId, Language language, Channel channel, HandoffReason reason,
                                     HandoffRequest request, Instant queuedAt, boolean followUp) {
        return new QueueEntry(conversationId, language, channel, reason, request, priorityOf(channel), queuedAt,
                followUp, Optional.empty(), Optional.empty());
    }

    public static QueueEntry waiting(String conversationId, Language language, Channel channel, HandoffReason reason,
                                     String summary, Instant queuedAt, boolean followUp) {
        return waiting(conversationId, language, channel, reason, HandoffRequest.of(summary), queuedAt, followUp);
    }

    /** The shopper's question on one line. */
    public String summary() {
        return request.question();
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
