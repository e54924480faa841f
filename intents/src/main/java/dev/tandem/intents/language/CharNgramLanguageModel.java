package dev.tandem.intents.language;

import dev.tandem.intents.Language;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * A naive-Bayes language model over character 1–3-grams, trained on the shop's own example messages. It
 * knows the shop's vocabulary in short chat form ("де посилка", "gdzie paczka"), which a general-purpose
 * detector trained on long texts does not.
 *
 * <p>An n-gram of at most three UTF-16 characters is packed into a {@code long} (its length, then its characters)
 * and counted in an open-addressing table, so that scoring a message builds no strings and boxes no counts;
 * the sums run over the same n-grams in the same order as when they were strings, so the scores are the same to
 * the last bit.
 */
final class CharNgramLanguageModel {

    private static final int MAX_N = 3;

    private final Map<Language, GramCounts> counts = new EnumMap<>(Language.class);
    private final Map<Language, Long> totals = new EnumMap<>(Language.class);
    private final GramCounts vocabulary = new GramCounts();

    void add(Language language, String normalized) {
        GramCounts languageCounts = counts.computeIfAbsent(language, l -> new GramCounts());
        long[] grams = grams(normalized);
        int n = (int) grams[0];
        for (int i = 1; i <= n; i++) {
            languageCounts.increment(grams[i]);
            totals.merge(language, 1L, Long::sum);
            vocabulary.increment(grams[i]);
        }
    }

    /** Log-likelihood of the text under the language, with add-one smoothing. */
    double logLikelihood(Language language, String normalized) {
        GramCounts languageCounts = counts.getOrDefault(language, GramCounts.EMPTY);
        double denominator = Math.log(totals.getOrDefault(language, 0L) + vocabulary.size() + 1.0);
        long[] grams = grams(normalized);
        int n = (int) grams[0];
        double sum = 0;
        for (int i = 1; i <= n; i++) {
            sum += Math.log(languageCounts.get(grams[i]) + 1.0) - denominator;
        }
        return sum;
    }

    boolean knows(Language language) {
        return totals.getOrDefault(language, 0L) > 0;
    }

    /**
     * The n-grams of each word (a run of letters and apostrophes) padded with a space on either side, for n = 1
     * to 3, leaving out the lone spaces: how many in element 0, then the packed n-grams.
     */
    private static long[] grams(String normalized) {
        long[] grams = new long[1 + 16];
        int count = 0;
        int length = normalized.length();
        int i = 0;
        while (i < length) {
            int c = normalized.codePointAt(i);
            if (!isWordCodePoint(c)) {
                i += Character.charCount(c);
                continue;
            }
            int begin = i;
            while (i < length) {
                c = normalized.codePointAt(i);
                if (!isWordCodePoint(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            // The word padded: position p is ' ' at both ends, else normalized.charAt(begin + p - 1).
            int padded = i - begin + 2;
            int needed = count + 3 * padded + 1;
            if (grams.length < needed) {
                grams = Arrays.copyOf(grams, Math.max(needed, grams.length * 2));
            }
            for (int n = 1; n <= MAX_N; n++) {
                for (int p = 0; p + n <= padded; p++) {
                    if (n == 1 && (p == 0 || p == padded - 1)) {
                        continue;
                    }
                    long gram = n;
                    for (int k = 0; k < n; k++) {
                        int at = p + k;
                        char ch = at == 0 || at == padded - 1 ? ' ' : normalized.charAt(begin + at - 1);
                        gram = gram << 16 | ch;
                    }
                    grams[++count] = gram;
                }
            }
        }
        grams[0] = count;
        return grams;
    }

    /** What the former split on {@code [^\p{L}']+} kept: letters (by code point) and apostrophes. */
    private static boolean isWordCodePoint(int c) {
        return c == '\'' || Character.isLetter(c);
    }

    /** Counts per packed n-gram: open addressing with linear probing, grown at half full. */
    private static final class GramCounts {

        static final GramCounts EMPTY = new GramCounts();

        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        void increment(long gram) {
            if (2 * (size + 1) > keys.length) {
                rehash(keys.length * 2);
            }
            int slot = slot(gram, keys.length);
            while (values[slot] != 0) {
                if (keys[slot] == gram) {
                    values[slot]++;
                    return;
                }
                slot = (slot + 1) & (keys.length - 1);
            }
            keys[slot] = gram;
            values[slot] = 1;
            size++;
        }

        int get(long gram) {
            int slot = slot(gram, keys.length);
            while (values[slot] != 0) {
                if (keys[slot] == gram) {
                    return values[slot];
                }
                slot = (slot + 1) & (keys.length - 1);
            }
            return 0;
        }

        int size() {
            return size;
        }

        private void rehash(int capacity) {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[capacity];
            values = new int[capacity];
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldValues[s] != 0) {
                    int slot = slot(oldKeys[s], capacity);
                    while (values[slot] != 0) {
                        slot = (slot + 1) & (capacity - 1);
                    }
                    keys[slot] = oldKeys[s];
                    values[slot] = oldValues[s];
                }
            }
        }

        private static int slot(long gram, int capacity) {
            long h = gram * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & (capacity - 1);
        }
    }
}
