package dev.tandem.kb;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
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
 * snowball, Ukrainian Morfologik dictionary, Polish Stempel), plus one diacritics-folding analyzer shared by
 * all, so "zwrot pieniedzy" still meets "zwrot pieniędzy". Built once: the dictionaries are large.
 */
final class FaqAnalyzers {

    static final Set<String> LANGUAGES = Set.of("en", "ru", "uk", "pl");

    private static final Map<String, Analyzer> BY_LANGUAGE = Map.of(
            "en", new EnglishAnalyzer(),
            "ru", new RussianAnalyzer(),
            "uk", new UkrainianMorfologikAnalyzer(),
            "pl", new PolishAnalyzer());

    /** standard tokenizer → lower case → ASCII folding (ą→a, ł→l, é→e; Cyrillic passes unchanged). */
    static final Analyzer FOLDED = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stream);
        }
    };

    private FaqAnalyzers() {
    }

    static Analyzer forLanguage(String language) {
        Analyzer analyzer = BY_LANGUAGE.get(language);
        if (analyzer == null) {
            throw new IllegalArgumentException("no FAQ analysis for language '" + language + "'; supported: " + LANGUAGES);
        }
        return analyzer;
    }
}
