package dev.tandem.kb;

import java.io.Reader;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
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

    /**
     * Spelling variants shoppers type interchangeably, mapped before tokenising so both sides of a match agree:
     * typographic apostrophes (кур’єр, what’s) to ', ё to е (Russian writers mostly omit the dots), ґ to г
     * (Ukrainian keyboards often lack it), and stress marks and soft hyphens pasted from documents removed.
     */
    private static final NormalizeCharMap SPELLING = spelling();

    private static final Map<String, Analyzer> BY_LANGUAGE = Map.of(
            "en", normalised(new EnglishAnalyzer()),
            "ru", normalised(new RussianAnalyzer()),
            "uk", normalised(new UkrainianMorfologikAnalyzer()),
            "pl", normalised(new PolishAnalyzer()));

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

    private static NormalizeCharMap spelling() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (String apostrophe : new String[] {"\u2019", "\u2018", "\u02BC", "\u0060", "\u00B4", "\u2032"}) {
            map.add(apostrophe, "'");
        }
        map.add("ё", "е");
        map.add("Ё", "Е");
        map.add("ґ", "г");
        map.add("Ґ", "Г");
        map.add("\u0301", "");
        map.add("\u00AD", "");
        return map.build();
    }

    private static Analyzer normalised(Analyzer language) {
        return new AnalyzerWrapper(language.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return language;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return new MappingCharFilter(SPELLING, reader);
            }
        };
    }

    /** standard tokenizer → lower case → stop words → ASCII folding (ą→a, ł→l, é→e; Cyrillic passes unchanged). */
    private static final class FoldedAnalyzer extends Analyzer {

        private final CharArraySet stopWords;

        FoldedAnalyzer(CharArraySet stopWords) {
            this.stopWords = stopWords;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(SPELLING, reader);
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
