package dev.tandem.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One conversation's live-path lag as the load tool sees it: for each HTTP answer, how long after it the stream
 * delivered the last message it acknowledged (zero when the stream was first, as it usually is: the server
 * publishes a turn before it answers). A message that never arrives stays waiting; that, not a late one, is a
 * stream error.
 */
final class LoadTestStreamLag {

    /** Acknowledged seq → when the answer arrived (nanos); guarded by {@code this}. */
    private final NavigableMap<Long, Long> waiting = new TreeMap<>();
    private long delivered;

    LoadTestStreamLag(long deliveredBefore) {
        this.delivered = deliveredBefore;
    }

    /** The answer acknowledged everything up to {@code seq}; the lag if the stream delivered it already, else -1. */
    synchronized long acknowledged(long seq, long nanos) {
        if (seq <= delivered) {
            return 0;
        }
        waiting.merge(seq, nanos, Math::min);
        return -1;
    }

    /** The stream delivered {@code seq}; the lags of the answers that were waiting for it. */
    synchronized List<Long> delivered(long seq, long nanos) {
        delivered = Math.max(delivered, seq);
        NavigableMap<Long, Long> arrived = waiting.headMap(seq, true);
        List<Long> lags = new ArrayList<>(arrived.size());
        arrived.values().forEach(answered -> lags.add(Math.max(0, nanos - answered)));
        arrived.clear();
        return lags;
    }

    synchronized long highestDelivered() {
        return delivered;
    }
}
