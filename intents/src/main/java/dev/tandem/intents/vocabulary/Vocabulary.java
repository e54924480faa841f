package dev.tandem.intents.vocabulary;

import dev.tandem.intents.Language;
import dev.tandem.intents.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shop's own words, applied to a message's tokens before any feature is taken, in training and in use:
 *
 * <pre>
 * tokens → Latin-typed Russian or Ukrainian to Cyrillic ({@link Transliteration}, when the message's language
 *          is ru or uk but it is typed in Latin letters: "gde moy zakaz" → "где мой заказ")
 *        → diacritics restored from the content ("zamowienie" → "zamówienie")
 *        → spelling corrected against the content ("pasword" → "password")
 *        → the language's synonyms to their canonical words ({@link Synonyms}: "bill" → "invoice")
 * </pre>
 *
 * The known words are those of the training examples and of the synonym files, so a correction only ever
 * leads to a word the shop uses. Thread-safe and immutable.
 */
public final class Vocabulary {

    /** Shorter words are left as typed: one letter off makes another real word too often ("cost"/"cast"). */
    private static final int MIN_CORRECTED_LENGTH = 5;

    private final Map<Language, Synonyms> synonyms;
    /** Known words (as typed in the content) and how often they occur. */
    private final Map<String, Integer> known = new HashMap<>();
    /** Folded form → the most frequent known word with it. */
    private final Map<String, String> byFolded = new HashMap<>();
    /** A known word with one letter deleted (or the word itself) → the most frequent known word giving it. */
    private final Map<String, String> byDelete = new HashMap<>();

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
                vocabulary.known.merge(token, 1, Integer::sum);
            }
        }));
        synonyms.values().forEach(language -> language.lines().forEach(line -> {
            for (String token : TextNormalizer.tokens(line.replace("=>", ","))) {
                vocabulary.known.merge(token, 1, Integer::sum);
            }
        }));
        vocabulary.known.forEach((word, count) -> {
            vocabulary.keepMostFrequent(vocabulary.byFolded, TextNormalizer.fold(word), word);
            if (word.length() >= MIN_CORRECTED_LENGTH - 1 && isWord(word)) {
                vocabulary.keepMostFrequent(vocabulary.byDelete, word, word);
                for (int i = 0; i < word.length(); i++) {
                    vocabulary.keepMostFrequent(vocabulary.byDelete, deleted(word, i), word);
                }
            }
        });
        return vocabulary;
    }

    public Synonyms synonyms(Language language) {
        return synonyms.getOrDefault(language, Synonyms.none());
    }

    /** The message's tokens in the shop's words; see the class comment for the chain. */
    public String[] tokens(String text, Language language) {
        String[] tokens = transliterated(TextNormalizer.tokens(text), language);
        if (!known.isEmpty()) {
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = corrected(tokens[i]);
            }
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

    private String corrected(String token) {
        if (known.containsKey(token) || !isWord(token)) {
            return token;
        }
        String restored = byFolded.get(TextNormalizer.fold(token));
        if (restored != null) {
            return restored;
        }
        if (token.length() < MIN_CORRECTED_LENGTH) {
            return token;
        }
        String best = byDelete.get(token);
        for (int i = 0; i < token.length(); i++) {
            String candidate = byDelete.get(deleted(token, i));
            if (candidate != null && (best == null || known.get(candidate) > known.get(best))) {
                best = candidate;
            }
        }
        return best == null ? token : best;
    }

    private void keepMostFrequent(Map<String, String> index, String key, String word) {
        index.merge(key, word, (kept, offered) -> known.get(offered) > known.get(kept)
                || known.get(offered).equals(known.get(kept)) && offered.compareTo(kept) < 0 ? offered : kept);
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
