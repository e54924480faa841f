package dev.tandem.intents.classify;

import dev.tandem.intents.text.TextNormalizer;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.apache.lucene.analysis.stempel.StempelStemmer;

/**
 * Word stems, so that inflected forms share evidence: "zwrot/zwrotu", "доставка/доставки/доставку",
 * "посилка/посилки/посилку". The generator sees tokens, not the message's language, so the stemmers are
 * chosen by script: Cyrillic words get a Russian stem (Lucene's light stemmer) and a Ukrainian one (a light
 * suffix stripper below), Latin words an English stem (Lucene's minimal stemmer) and a Polish one (Stempel
 * with its bundled table, diacritics folded afterwards). A stemmer applied to the wrong language of its
 * script only adds a feature that never co-occurs with an intent; the classifier learns to ignore it.
 */
final class StemFeatures implements FeatureExtractor {

    /** Shortest stem the Ukrainian stripper leaves; shorter words keep their ending. */
    private static final int MIN_STEM = 3;

    /** Ukrainian noun, adjective and verb endings, longest first. */
    private static final String[] UK_SUFFIXES = {
        "ування", "ювання", "ання", "ення", "іння", "яння", "ість", "ості", "істю",
        "увати", "ювати", "ити", "ати", "ути", "іти", "яти", "ться", "тися", "ись", "ися", "лася", "лися", "вся",
        "ого", "ому", "ими", "ові", "еві", "ами", "ями", "ях", "ах", "ів", "ям", "ам", "ом", "ем", "ою", "ею", "єю",
        "ий", "ій", "ої", "их", "ім", "им", "ну", "на", "не", "ні", "ла", "ли", "ло", "ть", "иш", "ите", "имо",
        "ють", "ать", "ять",
        "а", "я", "у", "ю", "і", "и", "о", "е", "ь", "ї", "є"};

    static {
        Arrays.sort(UK_SUFFIXES, (a, b) -> b.length() - a.length());
    }

    private static final EnglishMinimalStemmer ENGLISH = new EnglishMinimalStemmer();
    private static final RussianLightStemmer RUSSIAN = new RussianLightStemmer();
    /** Stempel keeps a buffer per instance; the table itself is loaded once and shared. */
    private static final ThreadLocal<StempelStemmer> POLISH =
            ThreadLocal.withInitial(() -> new StempelStemmer(PolishAnalyzer.getDefaultTable()));

    @Override
    public void extract(Words words, List<String> features) {
        for (String token : words.tokens()) {
            switch (script(token)) {
                case CYRILLIC -> {
                    features.add("sru=" + lucene(token, true));
                    features.add("suk=" + ukrainian(token));
                }
                case LATIN -> {
                    features.add("sen=" + lucene(token, false));
                    features.add("spl=" + polish(token));
                }
                default -> {
                }
            }
        }
    }

    enum Script { LATIN, CYRILLIC, OTHER }

    static Script script(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    return Script.CYRILLIC;
                }
                if (c < 0x250) {
                    return Script.LATIN;
                }
            }
        }
        return Script.OTHER;
    }

    /** Lucene's stemmers shorten the word in place, from index 0. */
    private static String lucene(String token, boolean russian) {
        char[] chars = token.toCharArray();
        int length = russian ? RUSSIAN.stem(chars, chars.length) : ENGLISH.stem(chars, chars.length);
        return new String(chars, 0, length);
    }

    static String ukrainian(String token) {
        for (String suffix : UK_SUFFIXES) {
            if (token.endsWith(suffix) && token.length() - suffix.length() >= MIN_STEM) {
                return token.substring(0, token.length() - suffix.length());
            }
        }
        return token;
    }

    static String polish(String token) {
        StringBuilder stem = POLISH.get().stem(token);
        return TextNormalizer.fold(stem == null || stem.length() == 0 ? token : stem.toString());
    }
}
