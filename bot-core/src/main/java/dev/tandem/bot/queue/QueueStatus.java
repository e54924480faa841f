package dev.tandem.bot.queue;

import java.time.Duration;
import java.util.Optional;

/**
 * What a queued shopper is told: their place in line (1 is next) and how long they will likely wait, when an
 * honest estimate exists (someone who speaks their language is online).
 */
public record QueueStatus(int position, Optional<Duration> estimatedWait) {
}
