package dev.tandem.kb;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Editor-maintained synonyms, {@code synonyms/<lang>.txt} in Solr's format ({@code посилка, пакунок} or
 * {@code paczkomat => automat paczkowy}). They are read with the language's own analysis, so an entry
 * matches every inflected form, and applied to queries only: the index never needs rebuilding for them.
 */
final class Synonyms {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private Synonyms() {
    }

    /** The language's synonyms, or empty when the file is absent; a malformed file is reported and ignored. */
    static Optional<SynonymMap> read(Path contentDir, String language, Analyzer analyzer, List<AnswerFileProblem> problems) {
        Path file = contentDir.resolve("synonyms").resolve(language + ".txt");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, firstLemmaOnly(analyzer));
            parser.parse(reader);
            return Optional.of(parser.build());
        } catch (ParseException invalid) {
            problems.add(new AnswerFileProblem(file, lineOf(invalid), "not a synonym line: "
                    + (invalid.getCause() == null ? invalid.getMessage() : invalid.getCause().getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Optional.empty();
    }

    /** Lucene's parser names the line only in its message ("Invalid synonym rule at line 2"). */
    private static int lineOf(ParseException invalid) {
        Matcher line = LINE.matcher(String.valueOf(invalid.getMessage()));
        return line.find() ? Integer.parseInt(line.group(1)) : 1;
    }

    /** The language analysis with one term per position (see {@link FirstLemmaFilter}). */
    static Analyzer firstLemmaOnly(Analyzer language) {
        return appending(language, FirstLemmaFilter::new);
    }

    /** The language analysis followed by synonym expansion: language chain → first lemma → synonym graph. */
    static Analyzer expanding(Analyzer language, SynonymMap synonyms) {
        return appending(language, stream -> new SynonymGraphFilter(new FirstLemmaFilter(stream), synonyms, true));
    }

    /** The language's own chain with more filters at its end: Lucene's analyzers cannot be extended otherwise. */
    private static Analyzer appending(Analyzer language, UnaryOperator<TokenStream> filters) {
        return new AnalyzerWrapper(language.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return language;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(), filters.apply(components.getTokenStream()));
            }
        };
    }
}
