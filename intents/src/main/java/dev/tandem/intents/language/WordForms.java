package dev.tandem.intents.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import morfologik.fsa.FSA;
import morfologik.stemming.Dictionary;

/**
 * The word forms of one language's morphological dictionary: Ukrainian (dict_uk) and Polish (PoliMorf), the
 * Morfologik dictionaries the FAQ search already ships. Whether a word is a form of the language is evidence that
 * n-grams learnt from a shop's few hundred examples cannot give: "висока" and "заблоковано" are Ukrainian, not
 * Russian, without a letter only Ukrainian uses. Immutable and thread-safe; each dictionary loads once per process.
 */
final class WordForms {

    static final WordForms UKRAINIAN = new WordForms("ua/net/nlp/ukrainian.dict", Map.of());
    /** Polish shoppers often type without diacritics: "usun" is taken for "usuń". */
    static final WordForms POLISH = new WordForms("morfologik/stemming/polish/polish.dict", Map.of(
            'a', "ą", 'c', "ć", 'e', "ę", 'l', "ł", 'n', "ń", 'o', "ó", 's', "ś", 'z', "źż"));

    private final FSA fsa;
    private final byte separator;
    /**
     * Per ASCII letter, the UTF-8 bytes of the letters it may be typed for ("a" for "ą"); a letter always stands
     * for itself as well.
     */
    private final byte[][][] typedFor = new byte[128][][];

    private WordForms(String resource, Map<Character, String> typedFor) {
        URL url = WordForms.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("dictionary " + resource + " is not on the classpath "
                    + "(dependency org.apache.lucene:lucene-analysis-morfologik)");
        }
        try {
            Dictionary dictionary = Dictionary.read(url);
            if (!"utf-8".equalsIgnoreCase(dictionary.metadata.getEncoding())) {
                throw new IllegalStateException(resource + " is not in UTF-8 but " + dictionary.metadata.getEncoding());
            }
            this.fsa = dictionary.fsa;
            this.separator = dictionary.metadata.getSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + resource, e);
        }
        typedFor.forEach((letter, letters) -> this.typedFor[letter] = letters.chars()
                .mapToObj(c -> String.valueOf((char) c).getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
    }

    /** Whether the lower-case word is a form in the dictionary, as written or with the letters it may stand for. */
    boolean contains(String word) {
        return matches(word.getBytes(StandardCharsets.UTF_8), 0, fsa.getRootNode());
    }

    /**
     * Whether the word's bytes from {@code index} on, followed by the separator, lead on from {@code node}: every
     * entry reads "form, separator, lemma, tags", so a form is in the dictionary when form + separator begins one.
     */
    private boolean matches(byte[] word, int index, int node) {
        if (index == word.length) {
            return fsa.getArc(node, separator) != 0;
        }
        int next = follow(node, word[index]);
        if (next >= 0 && matches(word, index + 1, next)) {
            return true;
        }
        byte[][] alternatives = word[index] >= 0 ? typedFor[word[index]] : null;
        if (alternatives != null) {
            for (byte[] letter : alternatives) {
                int end = node;
                for (int i = 0; i < letter.length && end >= 0; i++) {
                    end = follow(end, letter[i]);
                }
                if (end >= 0 && matches(word, index + 1, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The node the byte leads to from {@code node}, or -1 when no entry goes on that way. */
    private int follow(int node, byte label) {
        int arc = fsa.getArc(node, label);
        return arc == 0 || fsa.isArcTerminal(arc) ? -1 : fsa.getEndNode(arc);
    }
}
