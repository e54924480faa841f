package dev.tandem.intents.classify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A message's term counts for {@link NearestExamples}, kept in flat arrays and reused from message to message,
 * listed in exactly the order a {@code HashMap<Integer, Integer>} filled the same way would list them. The
 * similarities are float and double sums, and a sum's last bits depend on the order of its terms: the index
 * used to count in a {@code HashMap} (boxing an {@code Integer} and a map entry per feature), and this keeps
 * its order so that every similarity, and so every confidence, stays the same to the last bit.
 *
 * <p>The counting is the old one's ({@code tf.merge(id < 0 ? -1 - tf.size() : id, 1, Integer::sum)}): a known
 * feature (id ≥ 0) is counted per occurrence; each occurrence of an unknown one (id -1) is an entry of its own
 * with the key {@code -1 - entries so far}. The JDK's {@code HashMap} lists its entries by bucket
 * ({@code (key ^ key >>> 16) & (capacity - 1)}); {@code merge} puts a new key first in its bucket, and grows
 * the table (16, then doubling; the order within a bucket is kept) at the start of a call when the entries
 * already exceed three quarters of it. If a bucket ever reaches 8 entries the map turns it into a tree (or
 * grows early): in that rare case this counts with a real {@code HashMap} instead.
 */
final class TermCounts {

    private static final int INITIAL_CAPACITY = 16;
    /** A bucket of this many entries becomes a tree (or makes a small table grow early). */
    private static final int TREEIFY_AT = 8;

    /** The entries in the map's iteration order, {@code size} of them. */
    int[] keys = new int[64];
    int[] counts = new int[64];
    int size;

    /** Entries by insertion: key, count. */
    private int[] insertedKeys = new int[64];
    private int[] insertedCounts = new int[64];
    /** For an entry of a known id, its slot in {@code known}, to empty the set afterwards. */
    private int[] knownSlot = new int[64];
    /** Known ids already counted: an open-addressing set of entry indices plus one. */
    private int[] known = new int[256];
    private long[] order = new long[64];
    private int[] buckets = new int[INITIAL_CAPACITY];

    void count(int[] ids, int n) {
        if (known.length < 4 * n) {
            known = new int[Integer.highestOneBit(Math.max(4 * n, 256)) << 1];
        }
        int entries = 0;
        int capacity = 0;
        int threshold = 0;
        boolean likeATree = false;
        int mask = known.length - 1;
        for (int i = 0; i < n; i++) {
            // HashMap.merge grows the table first, when the entries already exceed three quarters of it.
            if (capacity == 0 || entries > threshold) {
                capacity = capacity == 0 ? INITIAL_CAPACITY : capacity * 2;
                threshold = capacity / 4 * 3;
                if (buckets.length < capacity) {
                    buckets = new int[capacity];
                } else {
                    Arrays.fill(buckets, 0, capacity, 0);
                }
                for (int e = 0; e < entries; e++) {
                    buckets[bucket(insertedKeys[e], capacity)]++;
                }
            }
            int id = ids[i];
            int key;
            if (id >= 0) {
                int slot = (id * 0x9E3779B9 >>> 7) & mask;
                int found = -1;
                while (known[slot] != 0) {
                    if (insertedKeys[known[slot] - 1] == id) {
                        found = known[slot] - 1;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
                if (found >= 0) {
                    insertedCounts[found]++;
                    continue;
                }
                known[slot] = entries + 1;
                if (entries == insertedKeys.length) {
                    grow();
                }
                knownSlot[entries] = slot;
                key = id;
            } else {
                key = -1 - entries;
            }
            if (entries == insertedKeys.length) {
                grow();
            }
            insertedKeys[entries] = key;
            insertedCounts[entries] = 1;
            entries++;
            if (buckets[bucket(key, capacity)]++ >= TREEIFY_AT - 1) {
                likeATree = true;
            }
        }
        for (int e = 0; e < entries; e++) {
            if (insertedKeys[e] >= 0) {
                known[knownSlot[e]] = 0;
            }
        }
        if (keys.length < entries) {
            keys = new int[insertedKeys.length];
            counts = new int[insertedKeys.length];
            order = new long[insertedKeys.length];
        }
        size = entries;
        if (likeATree) {
            countWithAHashMap(ids, n);
            return;
        }
        // Within a bucket, HashMap.merge puts the newest entry first.
        for (int e = 0; e < entries; e++) {
            order[e] = (long) bucket(insertedKeys[e], capacity) << 32 | (entries - 1 - e);
        }
        Arrays.sort(order, 0, entries);
        for (int e = 0; e < entries; e++) {
            int inserted = entries - 1 - (int) order[e];
            keys[e] = insertedKeys[inserted];
            counts[e] = insertedCounts[inserted];
        }
    }

    private void countWithAHashMap(int[] ids, int n) {
        Map<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            map.merge(ids[i] < 0 ? -1 - map.size() : ids[i], 1, Integer::sum);
        }
        int e = 0;
        for (Map.Entry<Integer, Integer> entry : map.entrySet()) {
            keys[e] = entry.getKey();
            counts[e] = entry.getValue();
            e++;
        }
    }

    private void grow() {
        insertedKeys = Arrays.copyOf(insertedKeys, insertedKeys.length * 2);
        insertedCounts = Arrays.copyOf(insertedCounts, insertedCounts.length * 2);
        knownSlot = Arrays.copyOf(knownSlot, knownSlot.length * 2);
    }

    private static int bucket(int key, int capacity) {
        return (key ^ key >>> 16) & (capacity - 1);
    }
}
