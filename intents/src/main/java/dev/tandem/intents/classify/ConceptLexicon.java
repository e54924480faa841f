package dev.tandem.intents.classify;

import dev.tandem.intents.text.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words that stand for a concept, read once from a text file beside this class, so that a lexicon grows by
 * editing that file: {@code concepts.txt} for {@link ConceptFeatures}, {@code places.txt} for
 * {@link CountryFeatures}. A line is {@code concept: entry, entry, …}; a concept may have
 * several lines (one per language, say); {@code #} starts a comment. An entry is a whole word
 * ({@code money}), a word beginning ({@code zwrot*}) or consecutive words ({@code next day},
 * {@code następnego dnia}, the last of them may end in {@code *}). Everything is compared after
 * {@link TextNormalizer#fold diacritics folding}, so "zwrócić" and "zwrocic" are the same entry. When two
 * concepts claim the same word, the first line wins; of two word beginnings, the longer one.
 */
final class ConceptLexicon {

    static final String CONCEPTS = "concepts.txt";
    static final String PLACES = "places.txt";

    private final Map<String, String> words = new HashMap<>();
    private final Map<String, String> prefixes = new HashMap<>();
    /** Phrases by their first word: the remaining words, then the concept as the last element. */
    private final Map<String, List<String[]>> phrases = new HashMap<>();
    private int longestPrefix;

    private ConceptLexicon() {
    }

    /**
     * A lexicon bundled with this module ({@link #CONCEPTS} or {@link #PLACES}); a broken file is a build error,
     * so it fails loudly.
     */
    static ConceptLexicon bundled(String resource) {
        try (InputStream in = ConceptLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing beside " + ConceptLexicon.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource + " failed", e);
        }
    }

    /** @throws IllegalArgumentException naming {@code source:line} for a line that is not a concept entry */
    static ConceptLexicon parse(List<String> lines, String source) {
        ConceptLexicon lexicon = new ConceptLexicon();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String concept = colon < 0 ? "" : line.substring(0, colon).strip();
            if (concept.isEmpty() || !concept.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected 'concept: entry, entry, …'");
            }
            for (String raw : line.substring(colon + 1).split(",")) {
                String entry = TextNormalizer.fold(TextNormalizer.normalize(raw.strip()));
                if (!isEntry(entry)) {
                    throw new IllegalArgumentException(source + ":" + (i + 1) + ": '" + raw.strip()
                            + "' is not a word, a word beginning (word*) or words separated by spaces");
                }
                lexicon.add(concept, entry);
            }
        }
        return lexicon;
    }

    /** Words as the tokenizer makes them (letters, digits, inner apostrophes), the last may end in {@code *}. */
    private static boolean isEntry(String entry) {
        String[] parts = entry.split(" +", -1);
        for (int p = 0; p < parts.length; p++) {
            String word = p == parts.length - 1 && parts[p].endsWith("*") ? parts[p].substring(0, parts[p].length() - 1)
                    : parts[p];
            if (word.isEmpty() || !word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    private void add(String concept, String entry) {
        if (entry.contains(" ")) {
            String[] parts = entry.split(" +");
            String[] rest = Arrays.copyOfRange(parts, 1, parts.length + 1);
            rest[rest.length - 1] = concept;
            phrases.computeIfAbsent(parts[0], first -> new ArrayList<>()).add(rest);
        } else if (entry.endsWith("*")) {
            String prefix = entry.substring(0, entry.length() - 1);
            prefixes.putIfAbsent(prefix, concept);
            longestPrefix = Math.max(longestPrefix, prefix.length());
        } else {
            words.putIfAbsent(entry, concept);
        }
    }

    /** The concepts of a message's tokens, in alphabetical order; tokens as {@link TextNormalizer#tokens} gives them. */
    Set<String> concepts(String[] tokens) {
        String[] folded = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            folded[i] = TextNormalizer.fold(tokens[i]);
        }
        return concepts(folded, folded.length);
    }

    /** As {@link #concepts(String[])}, for the first {@code count} tokens already {@link TextNormalizer#fold folded}. */
    Set<String> concepts(String[] folded, int count) {
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            String concept = concept(folded[i]);
            if (concept != null) {
                found.add(concept);
            }
            for (String[] phrase : phrases.getOrDefault(folded[i], List.of())) {
                if (matches(phrase, folded, count, i + 1)) {
                    found.add(phrase[phrase.length - 1]);
                }
            }
        }
        return found;
    }

    /** The concept of one folded word: a whole-word entry first, then the longest matching beginning. */
    String concept(String folded) {
        String whole = words.get(folded);
        if (whole != null) {
            return whole;
        }
        for (int length = Math.min(longestPrefix, folded.length()); length >= 2; length--) {
            String concept = prefixes.get(folded.substring(0, length));
            if (concept != null) {
                return concept;
            }
        }
        return null;
    }

    private static boolean matches(String[] phrase, String[] folded, int count, int from) {
        int rest = phrase.length - 1;
        if (from + rest > count) {
            return false;
        }
        for (int j = 0; j < rest; j++) {
            String word = phrase[j];
            String token = folded[from + j];
            boolean match = word.endsWith("*") ? token.startsWith(word.substring(0, word.length() - 1)) : token.equals(word);
            if (!match) {
                return false;
            }
        }
        return true;
    }
}
