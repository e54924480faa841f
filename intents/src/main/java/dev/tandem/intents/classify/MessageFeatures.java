package dev.tandem.intents.classify;

import dev.tandem.intents.text.TextNormalizer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;

/**
 * The features of one message exactly as the classifier's {@link opennlp.tools.doccat.FeatureGenerator
 * feature generators} spell and order them ({@link WordNgramFeatures}, {@link CharNgramFeatures},
 * {@link FoldedWordFeatures}, {@link StemFeatures}, {@link CountryFeatures}, {@link ConceptFeatures}), written one
 * after the other into a reusable character buffer instead of a few hundred new strings, each word folded once
 * instead of four times. The generators stay what OpenNLP trains with; {@code MessageFeaturesTest} holds the two
 * to the same output. One instance per thread: it keeps its buffers from message to message.
 */
final class MessageFeatures {

    /**
     * Receives each feature; the characters are only valid during the call. (The buffer may be replaced by a
     * larger one while a feature is written, so each call site takes the length first, then the buffer.)
     */
    interface Sink {
        void feature(char[] buffer, int length);
    }

    private static final char[] WORD = "w=".toCharArray();
    private static final char[] BIGRAM = "ww=".toCharArray();
    private static final char[] CHARS = "c=".toCharArray();
    private static final char[] FOLDED = "f=".toCharArray();
    private static final char[] RUSSIAN = "sru=".toCharArray();
    private static final char[] UKRAINIAN = "suk=".toCharArray();
    private static final char[] ENGLISH = "sen=".toCharArray();
    private static final char[] POLISH = "spl=".toCharArray();
    private static final char[] ABROAD = "geo=abroad".toCharArray();
    private static final char[] CONCEPT = "k=".toCharArray();
    private static final char[] CONCEPT_PAIR = "kk=".toCharArray();
    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;

    private char[] buffer = new char[128];
    private char[] word = new char[64];
    private String[] folded = new String[16];
    private String[] concepts = new String[8];

    /**
     * The word 1–2-grams and character n-grams ({@link NearestExamples}' features, the first ones the model
     * sees); then {@link #rest} gives the others. The tokens' folded forms are kept for {@link #rest}.
     */
    void nearest(String[] tokens, Sink sink) {
        if (folded.length < tokens.length) {
            folded = new String[tokens.length];
        }
        for (int i = 0; i < tokens.length; i++) {
            folded[i] = TextNormalizer.fold(tokens[i]);
        }
        for (int i = 0; i < tokens.length; i++) {
            int length = put(0, WORD, tokens[i]);
            sink.feature(buffer, length);
            if (i + 1 < tokens.length) {
                length = put(0, BIGRAM, tokens[i]);
                ensure(length + 1);
                buffer[length++] = '_';
                length = put(length, tokens[i + 1]);
                sink.feature(buffer, length);
            }
        }
        for (int t = 0; t < tokens.length; t++) {
            String fold = folded[t];
            int length = fold.length() + 2;
            if (word.length < length) {
                word = new char[length * 2];
            }
            word[0] = '<';
            fold.getChars(0, fold.length(), word, 1);
            word[length - 1] = '>';
            ensure(CHARS.length + MAX_GRAM);
            System.arraycopy(CHARS, 0, buffer, 0, CHARS.length);
            for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
                for (int i = 0; i + n <= length; i++) {
                    System.arraycopy(word, i, buffer, CHARS.length, n);
                    sink.feature(buffer, CHARS.length + n);
                }
            }
        }
    }

    /** The folded words, stems, the foreign-country flag and the concepts, after {@link #nearest} of the same tokens. */
    void rest(String[] tokens, Sink sink) {
        for (int i = 0; i < tokens.length; i++) {
            int written = put(0, FOLDED, folded[i]);
            sink.feature(buffer, written);
        }
        for (String token : tokens) {
            switch (StemFeatures.script(token)) {
                case CYRILLIC -> {
                    int russian = stem(RUSSIAN, token, true);
                    sink.feature(buffer, russian);
                    int ukrainian = put(0, UKRAINIAN, token, StemFeatures.ukrainianStemLength(token));
                    sink.feature(buffer, ukrainian);
                }
                case LATIN -> {
                    int english = stem(ENGLISH, token, false);
                    sink.feature(buffer, english);
                    int polish = put(0, POLISH, StemFeatures.polish(token));
                    sink.feature(buffer, polish);
                }
                default -> {
                }
            }
        }
        for (int i = 0; i < tokens.length; i++) {
            if (CountryFeatures.isForeignPlace(tokens[i], folded[i])) {
                int written = put(0, ABROAD, "");
                sink.feature(buffer, written);
                break;
            }
        }
        Set<String> found = ConceptFeatures.concepts(folded, tokens.length);
        if (concepts.length < found.size()) {
            concepts = new String[found.size()];
        }
        Iterator<String> each = found.iterator();
        for (int i = 0; i < found.size(); i++) {
            concepts[i] = each.next();
        }
        for (int i = 0; i < found.size(); i++) {
            int written = put(0, CONCEPT, concepts[i]);
            sink.feature(buffer, written);
            for (int j = i + 1; j < found.size(); j++) {
                int length = put(0, CONCEPT_PAIR, concepts[i]);
                ensure(length + 1);
                buffer[length++] = '+';
                int pair = put(length, concepts[j]);
                sink.feature(buffer, pair);
            }
        }
        Arrays.fill(folded, 0, tokens.length, null);
    }

    /** The prefix and the token's Lucene stem (the stemmers shorten a word in place, from index 0). */
    private int stem(char[] prefix, String token, boolean russian) {
        if (word.length < token.length()) {
            word = new char[token.length() * 2];
        }
        token.getChars(0, token.length(), word, 0);
        int stemmed = StemFeatures.lucene(word, token.length(), russian);
        int length = ensure(prefix.length + stemmed);
        System.arraycopy(prefix, 0, buffer, 0, prefix.length);
        System.arraycopy(word, 0, buffer, prefix.length, stemmed);
        return length;
    }

    private int put(int at, char[] prefix, String text) {
        return put(at, prefix, text, text.length());
    }

    private int put(int at, char[] prefix, String text, int textLength) {
        ensure(at + prefix.length + textLength);
        System.arraycopy(prefix, 0, buffer, at, prefix.length);
        text.getChars(0, textLength, buffer, at + prefix.length);
        return at + prefix.length + textLength;
    }

    private int put(int at, String text) {
        ensure(at + text.length());
        text.getChars(0, text.length(), buffer, at);
        return at + text.length();
    }

    /** Makes room for {@code length} characters; returns {@code length}. */
    private int ensure(int length) {
        if (buffer.length < length) {
            buffer = Arrays.copyOf(buffer, Math.max(length, buffer.length * 2));
        }
        return length;
    }
}
