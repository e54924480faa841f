package dev.tandem.intents.classify;

import java.util.List;

/**
 * Feature names to dense ids, looked up by their characters: a message's features are written into a
 * reusable {@code char[]} and found here without a {@code String} being made for each. The table is
 * built once per model (open addressing, linear probing, at most half full) and only read afterwards, so
 * it is safe to share between threads. All keys live in one {@code char[]}, which keeps a look-up to a
 * few cache lines instead of the four objects a {@code HashMap<String, …>} entry costs.
 */
final class FeatureTable {

    private final char[] chars;
    /** Key {@code id} is {@code chars[start[id] .. start[id + 1])}. */
    private final int[] start;
    /** Per slot: the id stored there plus one, 0 when empty. */
    private final int[] slots;
    /** Per slot: the stored key's hash, compared before its characters. */
    private final int[] slotHashes;
    private final int mask;

    /** @param keys distinct names; a key's id is its index in the list */
    FeatureTable(List<String> keys) {
        int total = 0;
        for (String key : keys) {
            total += key.length();
        }
        chars = new char[total];
        start = new int[keys.size() + 1];
        int capacity = Integer.highestOneBit(Math.max(4, keys.size() * 2 - 1)) << 1;
        slots = new int[capacity];
        slotHashes = new int[capacity];
        mask = capacity - 1;
        int at = 0;
        for (int id = 0; id < keys.size(); id++) {
            String key = keys.get(id);
            start[id] = at;
            key.getChars(0, key.length(), chars, at);
            at += key.length();
            int hash = hash(chars, start[id], key.length());
            int slot = hash & mask;
            while (slots[slot] != 0) {
                if (slotHashes[slot] == hash && equal(slots[slot] - 1, chars, start[id], key.length())) {
                    throw new IllegalArgumentException("duplicate feature " + key);
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
            slotHashes[slot] = hash;
        }
        start[keys.size()] = at;
    }

    int size() {
        return start.length - 1;
    }

    /** The id of the name in {@code buffer[0 .. length)}, or -1 when the table does not hold it. */
    int find(char[] buffer, int length) {
        int hash = hash(buffer, 0, length);
        int slot = hash & mask;
        while (true) {
            int stored = slots[slot];
            if (stored == 0) {
                return -1;
            }
            if (slotHashes[slot] == hash && equal(stored - 1, buffer, 0, length)) {
                return stored - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean equal(int id, char[] other, int from, int length) {
        int begin = start[id];
        if (start[id + 1] - begin != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[begin + i] != other[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] text, int from, int length) {
        int h = 0;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + text[i];
        }
        // The low bits choose the slot: mix the high ones in (features differ mostly in their last chars).
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}
