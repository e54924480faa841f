package dev.tandem.bot.handoff;

/** What a queued shopper is told: their place in line, 1 being next. */
public record QueueStatus(int position) {
}
