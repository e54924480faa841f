package dev.tandem.bot.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * The order agents take waiting conversations in: follow-ups promised to shoppers first, then by priority
 * with ageing (a conversation gains a point per {@code ageingStep} waited, so a long-waiting e-mail overtakes
 * a fresh chat), then the longest waiting.
 */
public final class QueueOrder {

    private static final long FOLLOW_UP_BONUS = 1_000_000;

    private QueueOrder() {
    }

    public static Comparator<QueueEntry> at(Instant now, Duration ageingStep) {
        long step = Math.max(1, ageingStep.toSeconds());
        Comparator<QueueEntry> byRank = Comparator.comparingLong(entry -> -rank(entry, now, step));
        return byRank.thenComparing(QueueEntry::queuedAt).thenComparing(QueueEntry::conversationId);
    }

    private static long rank(QueueEntry entry, Instant now, long step) {
        return (entry.followUp() ? FOLLOW_UP_BONUS : 0) + entry.priority() + entry.waitingSince(now).toSeconds() / step;
    }
}
