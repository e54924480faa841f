package dev.tandem.intents.vocabulary;

import dev.tandem.intents.Language;
import dev.tandem.intents.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shop's own words, applied to a message's tokens before any feature is taken, in training and in use:
 *
 * <pre>
 * tokens → Latin-typed Russian or Ukrainian to Cyrillic ({@link Transliteration}, when the message's language
 *          is ru or uk but it is typed in Latin letters: "gde moy zakaz" → "где мой заказ")
 *        → diacritics restored from the content ("zamowienie" → "zamówienie")
 *        → spelling corrected against the content ("pasword" → "password"; see {@link #isTypo})
 *        → the language's synonyms to their canonical words ({@link Synonyms}: "bill" → "invoice")
 * </pre>
 *
 * The known words are those of the training examples and of the synonym files, so a correction only ever
 * leads to a word the shop uses, in the message's own language (or, for a Latin word in a ru/uk/pl message, an
 * English one). Thread-safe and immutable.
 */
public final class Vocabulary {

    /**
     * Shorter words are left as typed: one letter off makes another real word too often ("cost"/"cast", "cold"/
     * "could"). The one exception is a word a letter short of one the synonym files name (see {@link Words#known}).
     */
    private static final int MIN_CORRECTED_LENGTH = 5;

    private final Map<Language, Synonyms> synonyms;
    /** Known words (as typed in the content) of any language: left as typed, and Latin ones are not transliteration. */
    private final Map<String, Integer> known = new HashMap<>();
    /**
     * Each language's own known words: a correction leads to a word of the message's language, never to a
     * neighbouring language's ("заказа" is not "corrected" to a Ukrainian word, "zwrot" not to an English one).
     */
    private final Map<Language, Words> byLanguage = new EnumMap<>(Language.class);

    /** The known words of one language and the indexes that correct towards them. */
    private static final class Words {
        /** Known words and how often they occur. */
        final Map<String, Integer> counts = new HashMap<>();
        /** Folded form → the most frequent known word with it. */
        final Map<String, String> byFolded = new HashMap<>();
        /** A known word with one letter deleted (or the word itself) → the known words giving it. */
        final Map<String, List<String>> byDelete = new HashMap<>();
        /** The words the language's synonym file names: the shop's own terms, chosen by its editors. */
        final Set<String> named = new HashSet<>();

        void index() {
            counts.forEach((word, count) -> {
                keepMostFrequent(byFolded, TextNormalizer.fold(word), word);
                if (word.length() >= MIN_CORRECTED_LENGTH - 1 && isWord(word)) {
                    byDelete.computeIfAbsent(word, key -> new ArrayList<>(1)).add(word);
                    for (int i = 0; i < word.length(); i++) {
                        byDelete.computeIfAbsent(deleted(word, i), key -> new ArrayList<>(1)).add(word);
                    }
                }
            });
        }

        /** The token as a known word of this language, or null when it is none and none is one typo away. */
        String known(String token) {
            if (counts.containsKey(token)) {
                return token;
            }
            String restored = byFolded.get(TextNormalizer.fold(token));
            if (restored != null) {
                return restored;
            }
            if (token.length() < MIN_CORRECTED_LENGTH) {
                return token.length() == MIN_CORRECTED_LENGTH - 1 ? namedWithALetterMore(token) : null;
            }
            String best = closer(token, byDelete.get(token), null);
            for (int i = 0; i < token.length(); i++) {
                best = closer(token, byDelete.get(deleted(token, i)), best);
            }
            return best;
        }

        /**
         * A short word is corrected only when it is a word of the synonym files with one letter left out ("humn" →
         * "human", "agnt" → "agent"): a letter left out of a short word the shop names is a typo far more often than
         * another word, and a deliberate list keeps everyday words out ("cold" is not "could").
         */
        private String namedWithALetterMore(String token) {
            List<String> candidates = byDelete.get(token);
            return candidates == null ? null : closer(token, candidates.stream()
                    .filter(word -> word.length() == token.length() + 1 && named.contains(word)).toList(), null);
        }

        /** The most frequent of these candidates that is one typo from the token, or {@code best} if none beats it. */
        private String closer(String token, List<String> candidates, String best) {
            if (candidates == null) {
                return best;
            }
            for (String candidate : candidates) {
                int count = counts.get(candidate);
                if (isTypo(token, candidate) && (best == null || count > counts.get(best)
                        || count == counts.get(best) && candidate.compareTo(best) < 0)) {
                    best = candidate;
                }
            }
            return best;
        }

        private void keepMostFrequent(Map<String, String> index, String key, String word) {
            index.merge(key, word, (kept, offered) -> counts.get(offered) > counts.get(kept)
                    || counts.get(offered).equals(counts.get(kept)) && offered.compareTo(kept) < 0 ? offered : kept);
        }
    }

    private Vocabulary(Map<Language, Synonyms> synonyms) {
        this.synonyms = new EnumMap<>(Language.class);
        this.synonyms.putAll(synonyms);
    }

    /** No synonyms, no known words: tokens pass through unchanged. */
    public static Vocabulary none() {
        return new Vocabulary(Map.of());
    }

    /**
     * @param synonyms the synonyms per language (languages without any may be absent)
     * @param examples the training examples' texts in their languages, whose words are the known words
     */
    public static Vocabulary of(Map<Language, Synonyms> synonyms, Map<Language, List<String>> examples) {
        Vocabulary vocabulary = new Vocabulary(synonyms);
        examples.forEach((language, texts) -> texts.forEach(text -> {
            for (String token : vocabulary.transliterated(TextNormalizer.tokens(text), language)) {
                vocabulary.learn(language, token);
            }
        }));
        synonyms.forEach((language, table) -> table.lines().stream()
                .filter(line -> !line.strip().startsWith("#")) // a file's comments are no words of the shop's
                .forEach(line -> {
                    for (String token : TextNormalizer.tokens(line.replace("=>", ","))) {
                        vocabulary.learn(language, token);
                        vocabulary.byLanguage.get(language).named.add(token);
                    }
                }));
        vocabulary.byLanguage.values().forEach(Words::index);
        return vocabulary;
    }

    public Synonyms synonyms(Language language) {
        return synonyms.getOrDefault(language, Synonyms.none());
    }

    /** The message's tokens in the shop's words; see the class comment for the chain. */
    public String[] tokens(String text, Language language) {
        String[] tokens = transliterated(TextNormalizer.tokens(text), language);
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = corrected(tokens[i], language);
        }
        return synonyms(language).apply(tokens);
    }

    /**
     * Latin tokens as Cyrillic when the language is written in Cyrillic but the message mostly is not, and most of
     * its Latin words are not words the shop knows (English or Polish, then, not transliteration).
     */
    private String[] transliterated(String[] tokens, Language language) {
        if (language != Language.RU && language != Language.UK || !mostlyLatin(tokens)) {
            return tokens;
        }
        long latin = Arrays.stream(tokens).filter(Vocabulary::isLatin).count();
        long knownLatin = Arrays.stream(tokens).filter(token -> isLatin(token) && known.containsKey(token)).count();
        if (2 * knownLatin > latin) {
            return tokens;
        }
        String[] cyrillic = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            cyrillic[i] = isLatin(token) && !known.containsKey(token) ? Transliteration.toCyrillic(token, language) : token;
        }
        return cyrillic;
    }

    /**
     * A word the shop knows in any language stays as typed; another is corrected towards the message's own
     * language, or, for a Latin word in a ru/uk/pl message, towards the English words shoppers mix in
     * ("де моє invioce").
     */
    private String corrected(String token, Language language) {
        if (known.containsKey(token) || !isWord(token)) {
            return token;
        }
        String own = knownIn(language, token);
        if (own == null && language != Language.EN && isLatin(token)) {
            own = knownIn(Language.EN, token);
        }
        return own == null ? token : own;
    }

    private String knownIn(Language language, String token) {
        Words words = byLanguage.get(language);
        return words == null ? null : words.known(token);
    }

    private void learn(Language language, String token) {
        known.merge(token, 1, Integer::sum);
        byLanguage.computeIfAbsent(language, any -> new Words()).counts.merge(token, 1, Integer::sum);
    }

    /**
     * Whether {@code typed} is {@code known} with one typo: one letter left out, added, replaced, or two
     * neighbours swapped, and never the first letter. Unknown words one letter from a known one are mostly other
     * real words ("hills" / "bills", "chair" / "hair", "dream" / "cream") rather than typos; they differ in their
     * first letter far more often than typos do, and only a stricter one-edit test tells "bored" from "bread"
     * (each is "bred" without one letter).
     */
    static boolean isTypo(String typed, String known) {
        int shorter = Math.min(typed.length(), known.length());
        if (Math.abs(typed.length() - known.length()) > 1 || shorter == 0 || typed.charAt(0) != known.charAt(0)
                || typed.equals(known)) {
            return false;
        }
        int at = 1;
        while (at < shorter && typed.charAt(at) == known.charAt(at)) {
            at++;
        }
        if (typed.length() != known.length()) {
            String longer = typed.length() > known.length() ? typed : known;
            String other = longer == typed ? known : typed;
            return longer.startsWith(other.substring(at), at + 1);
        }
        if (typed.startsWith(known.substring(at + 1), at + 1)) {
            return true;
        }
        return at + 1 < shorter && typed.charAt(at) == known.charAt(at + 1) && typed.charAt(at + 1) == known.charAt(at)
                && typed.startsWith(known.substring(at + 2), at + 2);
    }

    private static String deleted(String word, int at) {
        return word.substring(0, at) + word.substring(at + 1);
    }

    private static boolean isWord(String token) {
        return token.chars().allMatch(Character::isLetter);
    }

    private static boolean isLatin(String token) {
        return token.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
    }

    private static boolean mostlyLatin(String[] tokens) {
        int latin = 0;
        int cyrillic = 0;
        for (String token : tokens) {
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic++;
                } else if (c < 0x250 && Character.isLetter(c)) {
                    latin++;
                }
            }
        }
        return latin > cyrillic;
    }

    /** The synonyms' lines per language, for a saved model to carry. */
    public Map<Language, List<String>> synonymLines() {
        Map<Language, List<String>> lines = new EnumMap<>(Language.class);
        synonyms.forEach((language, table) -> lines.put(language, new ArrayList<>(table.lines())));
        return lines;
    }

    @Override
    public String toString() {
        return "Vocabulary" + Arrays.toString(synonyms.keySet().toArray()) + " of " + known.size() + " words";
    }
}
