package dev.tandem.kb;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The indexed words one typo away from a query word, found by the symmetric-delete method: every word is
 * stored under itself and each of its one-letter deletions, so a query word's neighbours are a handful of
 * map lookups instead of an edit-distance scan over the vocabulary.
 */
final class TypoNeighbours {

    private final int minLength;
    private final Map<String, Set<String>> byVariant = new HashMap<>();

    TypoNeighbours(int minLength) {
        this.minLength = minLength;
    }

    void add(String word) {
        if (word.length() >= minLength - 1) {
            for (String variant : variants(word)) {
                byVariant.computeIfAbsent(variant, v -> new HashSet<>()).add(word);
            }
        }
    }

    /** Indexed words exactly one insertion, deletion or substitution away (the word itself excluded). */
    Set<String> of(String word) {
        if (word.length() < minLength) {
            return Set.of();
        }
        Set<String> neighbours = new HashSet<>();
        for (String variant : variants(word)) {
            for (String candidate : byVariant.getOrDefault(variant, Set.of())) {
                if (!candidate.equals(word) && Typos.withinOneEdit(word, candidate)) {
                    neighbours.add(candidate);
                }
            }
        }
        return neighbours;
    }

    private static Set<String> variants(String word) {
        Set<String> variants = new HashSet<>();
        variants.add(word);
        for (int i = 0; i < word.length(); i++) {
            variants.add(word.substring(0, i) + word.substring(i + 1));
        }
        return variants;
    }
}
