package dev.tandem.intents.vocabulary;

import dev.tandem.intents.IntentFileProblem;
import dev.tandem.intents.text.TextNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One language's synonyms as editors keep them in {@code synonyms/<lang>.txt}, Solr's format, the file the FAQ
 * search reads too: {@code invoice, bill, receipt} (equivalent: each becomes the first) or
 * {@code eta => delivery time} (each on the left becomes the first on the right). For the classifier, words
 * that mean the same become one canonical word, in training and in use, so "bill" is understood wherever the
 * examples say "invoice". Entries are compared diacritics-folded; a word of five letters or more also matches
 * its inflected forms (a common beginning of all but its last one or two letters, see {@link #sameWord}).
 */
public final class Synonyms {

    /** Phrases by their first word (folded): the phrase's words, then the canonical words. */
    private final Map<String, List<Rule>> rules = new HashMap<>();
    /** Rules whose first word is long enough to match inflected forms, by its first four letters. */
    private final Map<String, List<Rule>> inflectedRules = new HashMap<>();
    private final List<String> lines;

    private record Rule(String[] phrase, String[] canonical) {
    }

    private Synonyms(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    public static Synonyms none() {
        return new Synonyms(List.of());
    }

    /**
     * Parses the lines of a synonyms file.
     *
     * @param problems gets one {@code file:line: reason} per line that is not a synonym rule
     */
    public static Synonyms parse(List<String> lines, Path file, List<IntentFileProblem> problems) {
        Synonyms synonyms = new Synonyms(lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            List<String[]> left = entries(sides[0]);
            List<String[]> right = sides.length == 2 ? entries(sides[1]) : left;
            if (sides.length > 2 || left.isEmpty() || right.isEmpty() || left.size() + right.size() < 3 && sides.length == 1) {
                problems.add(new IntentFileProblem(file, i + 1,
                        "expected 'word, word, …' or 'word, … => word' with at least two entries: " + line));
                continue;
            }
            String[] canonical = right.get(0);
            for (String[] phrase : left) {
                synonyms.add(phrase, canonical);
            }
            if (sides.length == 1) {
                continue;
            }
            for (String[] phrase : right.subList(1, right.size())) {
                synonyms.add(phrase, canonical);
            }
        }
        return synonyms;
    }

    /** The lines this was parsed from, so that a saved model can carry its vocabulary. */
    public List<String> lines() {
        return lines;
    }

    private static List<String[]> entries(String side) {
        List<String[]> entries = new ArrayList<>();
        for (String entry : side.split(",")) {
            String[] words = TextNormalizer.tokens(entry);
            if (words.length > 0) {
                entries.add(Arrays.stream(words).map(TextNormalizer::fold).toArray(String[]::new));
            }
        }
        return entries;
    }

    private void add(String[] phrase, String[] canonical) {
        if (Arrays.equals(phrase, canonical)) {
            return;
        }
        Rule rule = new Rule(phrase, canonical);
        rules.computeIfAbsent(phrase[0], first -> new ArrayList<>()).add(rule);
        if (phrase[0].length() >= 5) {
            inflectedRules.computeIfAbsent(phrase[0].substring(0, 4), first -> new ArrayList<>()).add(rule);
        }
    }

    /** The tokens with every synonym phrase replaced by its canonical words, the longest phrase first. */
    public String[] apply(String[] tokens) {
        if (rules.isEmpty()) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.length + 2);
        String[] folded = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            folded[i] = TextNormalizer.fold(tokens[i]);
        }
        int i = 0;
        while (i < tokens.length) {
            Rule best = longest(folded, i);
            if (best == null) {
                out.add(tokens[i]);
                i++;
            } else {
                out.addAll(Arrays.asList(best.canonical()));
                i += best.phrase().length;
            }
        }
        return out.toArray(String[]::new);
    }

    private Rule longest(String[] folded, int at) {
        String word = folded[at];
        Rule best = longest(rules.get(word), null, folded, at);
        if (word.endsWith("s")) {
            best = longest(rules.get(word.substring(0, word.length() - 1)), best, folded, at);
            if (word.endsWith("es")) {
                best = longest(rules.get(word.substring(0, word.length() - 2)), best, folded, at);
            }
        }
        if (word.length() >= 4) {
            best = longest(inflectedRules.get(word.substring(0, 4)), best, folded, at);
        }
        return best;
    }

    /** The longest of these candidates matching at the position, if longer than the best so far. */
    private static Rule longest(List<Rule> candidates, Rule best, String[] folded, int at) {
        if (candidates == null) {
            return best;
        }
        for (Rule rule : candidates) {
            if ((best == null || rule.phrase().length > best.phrase().length) && matches(rule.phrase(), folded, at)) {
                best = rule;
            }
        }
        return best;
    }

    private static boolean matches(String[] phrase, String[] folded, int at) {
        if (at + phrase.length > folded.length) {
            return false;
        }
        for (int j = 0; j < phrase.length; j++) {
            if (!sameWord(phrase[j], folded[at + j])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entry's word or an inflected form of it: equal, the entry plus "s" or "es", or for an entry of five
     * letters or more a word sharing all but its last letter (all but two from seven letters), at most three
     * letters longer: "посилка" matches "посилки", "invoice" "invoices", "order" "orders" but not "ordinary".
     */
    static boolean sameWord(String entry, String word) {
        if (entry.equals(word) || word.equals(entry + "s") || word.equals(entry + "es")) {
            return true;
        }
        if (entry.length() < 5 || word.length() > entry.length() + 3 || word.length() < entry.length() - 1) {
            return false;
        }
        int stem = entry.length() - (entry.length() >= 7 ? 2 : 1);
        return word.regionMatches(0, entry, 0, stem);
    }
}
