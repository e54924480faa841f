package dev.tandem.adapters.events;

/**
 * The agent queue as this node keeps it between reads. Another node's queue change reaches it before this node's
 * streams hear of the change, so the queue they read in answer is the fresh one.
 */
@FunctionalInterface
public interface QueueCache {

    void changed();
}
