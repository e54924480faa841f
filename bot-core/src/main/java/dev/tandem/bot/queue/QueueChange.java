package dev.tandem.bot.queue;

import dev.tandem.intents.Language;
import java.time.Instant;

/**
 * What a change to a conversation does to its row in the agent queue. A conversation keeps its row from
 * handoff until it is resolved or returned to the bot, so releasing it puts it back at its old place.
 */
public sealed interface QueueChange {

    QueueChange NONE = new Unchanged();

    record Unchanged() implements QueueChange {
    }

    /** The conversation starts waiting. */
    record Enqueue(QueueEntry entry) implements QueueChange {
    }

    /** An agent takes it (claim, or a transfer straight to a colleague). */
    record Assign(String agent, Instant at) implements QueueChange {
    }

    /** Back to waiting, at its old place; {@code language} routes it to another language group. */
    record Unassign(Language language) implements QueueChange {
    }

    /** Resolved or returned to the bot: no longer anyone's to take. */
    record Remove() implements QueueChange {
    }
}
