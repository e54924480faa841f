package dev.tandem.kb;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * The text analysis per language: stemming or morphology that fits each (English stemmer, Russian
 * snowball, Ukrainian Morfologik dictionary, Polish Stempel), plus a diacritics-folding analyzer with the
 * language's stop words, so "zwrot pieniedzy" still meets "zwrot pieniędzy". Built once: the dictionaries
 * are large.
 */
final class FaqAnalyzers {

    static final Set<String> LANGUAGES = Set.of("en", "ru", "uk", "pl");

    private static final Map<String, Analyzer> BY_LANGUAGE = Map.of(
            "en", new EnglishAnalyzer(),
            "ru", new RussianAnalyzer(),
            "uk", new UkrainianMorfologikAnalyzer(),
            "pl", new PolishAnalyzer());

    private static final Map<String, Analyzer> FOLDED_BY_LANGUAGE = Map.of(
            "en", new FoldedAnalyzer(EnglishAnalyzer.getDefaultStopSet()),
            "ru", new FoldedAnalyzer(RussianAnalyzer.getDefaultStopSet()),
            "uk", new FoldedAnalyzer(UkrainianMorfologikAnalyzer.getDefaultStopwords()),
            "pl", new FoldedAnalyzer(PolishAnalyzer.getDefaultStopSet()));

    private FaqAnalyzers() {
    }

    /** The language's stop words still apply, so "what is the …" does not match every entry by its glue words. */
    static Analyzer foldedFor(String language) {
        return FOLDED_BY_LANGUAGE.get(language);
    }

    /** standard tokenizer → lower case → stop words → ASCII folding (ą→a, ł→l, é→e; Cyrillic passes unchanged). */
    private static final class FoldedAnalyzer extends Analyzer {

        private final CharArraySet stopWords;

        FoldedAnalyzer(CharArraySet stopWords) {
            this.stopWords = stopWords;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new StopFilter(new LowerCaseFilter(tokenizer), stopWords));
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    static Analyzer forLanguage(String language) {
        Analyzer analyzer = BY_LANGUAGE.get(language);
        if (analyzer == null) {
            throw new IllegalArgumentException("no FAQ analysis for language '" + language + "'; supported: " + LANGUAGES);
        }
        return analyzer;
    }
}
