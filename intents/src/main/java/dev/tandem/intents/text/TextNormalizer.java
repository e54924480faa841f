package dev.tandem.intents.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one normalisation chain every piece of text goes through before features are taken from it, in
 * training and in use alike: Unicode NFKC (full-width and compatibility forms), lower case, apostrophe
 * variants unified (Ukrainian uses ’ ʼ ' interchangeably), then split into word tokens. Text beyond
 * {@link #MAX_CHARS} is ignored: a chat message's intent is in its first lines.
 */
public final class TextNormalizer {

    public static final int MAX_CHARS = 1000;

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String composed = Normalizer.normalize(bounded, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> out.appendCodePoint(isApostrophe(c) ? '\'' : c));
        return out.toString();
    }

    /** Word tokens of normalised text: runs of letters and digits, apostrophes kept inside words. */
    public static String[] tokens(String text) {
        String normalized = normalize(text);
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < normalized.length(); ) {
            int c = normalized.codePointAt(i);
            i += Character.charCount(c);
            boolean inWord = Character.isLetterOrDigit(c) || (c == '\'' && current.length() > 0);
            if (inWord) {
                current.appendCodePoint(c);
            } else if (current.length() > 0) {
                tokens.add(trimApostrophes(current));
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            tokens.add(trimApostrophes(current));
        }
        tokens.removeIf(String::isEmpty);
        return tokens.toArray(String[]::new);
    }

    /** Diacritics removed (ą→a, ł→l, ё→е, й→и): Polish shoppers often type without them. */
    public static String fold(String token) {
        // Most words have nothing to fold; the classifier folds every word of every message several times.
        return foldsToItself(token) ? token : decomposingFold(token);
    }

    /** The fold itself: decompose, drop the combining marks, ł→l. */
    static String decomposingFold(String token) {
        String decomposed = Normalizer.normalize(token, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'ł' ? 'l' : c);
        }
        return out.toString();
    }

    /**
     * Characters below {@link #UNCHANGED_BY_FOLDING}'s length that folding leaves as they are, alone and in any
     * company: no canonical decomposition, not a combining mark (which would be dropped or reordered), not ł.
     */
    private static final boolean[] UNCHANGED_BY_FOLDING = unchangedByFolding(0x0500);

    private static boolean[] unchangedByFolding(int below) {
        boolean[] unchanged = new boolean[below];
        for (char c = 0; c < below; c++) {
            int type = Character.getType(c);
            unchanged[c] = c != 'ł' && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK
                    && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFD);
        }
        return unchanged;
    }

    private static boolean foldsToItself(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= UNCHANGED_BY_FOLDING.length || !UNCHANGED_BY_FOLDING[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(int c) {
        return c == '\u2019' || c == '\u02BC' || c == '`' || c == '\u2018' || c == '\u00B4';
    }

    private static String trimApostrophes(StringBuilder word) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '\'') {
            end--;
        }
        return word.substring(0, end);
    }
}
