package dev.tandem.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The FAQ of one content directory as one in-memory Lucene index per language. Immutable once built, so a
 * reload builds a new instance and swaps it in whole: no search ever sees half an index.
 *
 * <p>Ranking and calibration: BM25 scores are not comparable between queries, so the best BM25 candidates
 * are re-ranked by {@code coverage × s / s1} — the share of the query's terms the entry contains (in the
 * language's analysis or diacritics-folded, whichever covers more) times its BM25 score relative to the best
 * one. The score in [0, 1] is that product, discounted for the whole list when the query is ambiguous
 * between the two best entries: {@code × (0.5 + 0.5 × (c1 − c2) / c1)}. A paraphrase that shares most of
 * its words with one entry scores high; a question that merely touches a common word scores low.
 */
public final class LuceneFaqIndex implements FaqIndex {

    private static final String ID = "id";
    private static final String INTENT = "intent";
    private static final String TITLE = "title";
    private static final String QUESTIONS = "questions";
    private static final String ANSWER = "answer";
    private static final String TAGS = "tags";
    private static final String PHRASINGS = "phrasings";
    private static final String FOLDED = "folded";
    private static final Map<String, Float> BOOSTS =
            Map.of(QUESTIONS, 3f, TITLE, 2f, PHRASINGS, 2f, TAGS, 1.5f, ANSWER, 1f, FOLDED, 1f);
    private static final int MAX_QUERY_CHARS = 500;
    /** BM25 candidates re-ranked per query: enough to recover an entry BM25 alone ranks a few places low. */
    private static final int CANDIDATES = 10;

    private final Map<String, LanguageIndex> languages;

    private LuceneFaqIndex(Map<String, LanguageIndex> languages) {
        this.languages = languages;
    }

    static LuceneFaqIndex build(List<FaqEntry> entries, Map<String, SynonymMap> synonyms, Phrasings phrasings) {
        Map<String, List<FaqEntry>> byLanguage = new TreeMap<>();
        FaqAnalyzers.LANGUAGES.forEach(language -> byLanguage.put(language, new ArrayList<>()));
        entries.forEach(entry -> byLanguage.get(entry.language()).add(entry));
        // The languages' indexes are independent and the analyzers thread-safe: built side by side they take
        // about half the time on two cores, which is most of the wait for a starting server (docs/performance.md).
        Map<String, LanguageIndex> languages = byLanguage.entrySet().parallelStream()
                .collect(Collectors.toMap(Map.Entry::getKey, language -> LanguageIndex.build(language.getKey(),
                        language.getValue(), Optional.ofNullable(synonyms.get(language.getKey())), phrasings)));
        return new LuceneFaqIndex(Map.copyOf(languages));
    }

    @Override
    public Optional<FaqEntry> entry(String language, String id) {
        return Optional.ofNullable(languages.get(language)).flatMap(index -> index.lookup(ID, id));
    }

    @Override
    public Optional<FaqEntry> answerFor(String language, String intent) {
        return Optional.ofNullable(languages.get(language)).flatMap(index -> index.lookup(INTENT, intent));
    }

    @Override
    public List<FaqHit> search(String language, String query, int limit) {
        LanguageIndex index = languages.get(language);
        if (index == null || query == null || query.isBlank() || limit < 1) {
            return List.of();
        }
        return index.search(query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query, limit);
    }

    @Override
    public List<FaqEntry> entries(String language) {
        LanguageIndex index = languages.get(language);
        return index == null ? List.of()
                : index.entries.stream().sorted(Comparator.comparing(FaqEntry::id)).toList();
    }

    @Override
    public Map<String, Integer> entryCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        languages.forEach((language, index) -> counts.put(language, index.entries.size()));
        return counts;
    }

    /** One language's entries, their index, and each entry's analysed terms for the coverage score. */
    private static final class LanguageIndex {

        /** Query words at least this long also match entries with one typo ("pieniedzy" ~ "pieniądzy"). */
        private static final int FUZZY_MIN_LENGTH = 5;
        private static final float FUZZY_BOOST = 0.3f;

        private final Analyzer queryAnalyzer;
        private final Analyzer folded;
        private final List<FaqEntry> entries;
        private final List<Set<String>> entryTerms;
        private final List<Set<String>> entryFoldedTerms;
        private final TypoNeighbours typos;
        private final IndexSearcher searcher;
        /** Exact look-ups by id and by intent: a map, not a query, on every confident turn (the first entry wins). */
        private final Map<String, FaqEntry> byId = new HashMap<>();
        private final Map<String, FaqEntry> byIntent = new HashMap<>();

        private LanguageIndex(Analyzer queryAnalyzer, Analyzer folded, List<FaqEntry> entries, List<Set<String>> entryTerms,
                              List<Set<String>> entryFoldedTerms, TypoNeighbours typos, IndexSearcher searcher) {
            this.queryAnalyzer = queryAnalyzer;
            this.folded = folded;
            this.entries = entries;
            this.entryTerms = entryTerms;
            this.entryFoldedTerms = entryFoldedTerms;
            this.typos = typos;
            this.searcher = searcher;
            for (FaqEntry entry : entries) {
                byId.putIfAbsent(entry.id(), entry);
                entry.intent().ifPresent(intent -> byIntent.putIfAbsent(intent, entry));
            }
        }

        static LanguageIndex build(String language, List<FaqEntry> entries, Optional<SynonymMap> synonyms,
                                   Phrasings phrasings) {
            Analyzer languageAnalyzer = FaqAnalyzers.forLanguage(language);
            Analyzer folded = FaqAnalyzers.foldedFor(language);
            Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(languageAnalyzer, Map.of(FOLDED, folded));
            Analyzer queryAnalyzer = new PerFieldAnalyzerWrapper(
                    synonyms.map(map -> Synonyms.expanding(languageAnalyzer, map)).orElse(languageAnalyzer),
                    Map.of(FOLDED, folded));
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            List<Set<String>> entryTerms = new ArrayList<>();
            List<Set<String>> entryFoldedTerms = new ArrayList<>();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
                for (int i = 0; i < entries.size(); i++) {
                    FaqEntry entry = entries.get(i);
                    List<String> extra = entry.intent().map(intent -> phrasings.of(language, intent)).orElse(List.of());
                    writer.addDocument(document(i, entry, extra));
                    String text = allText(entry) + "\n" + String.join("\n", extra);
                    entryTerms.add(flatten(positions(languageAnalyzer, ANSWER, text)));
                    entryFoldedTerms.add(flatten(positions(folded, FOLDED, text)));
                }
                writer.commit();
                IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
                TypoNeighbours typos = new TypoNeighbours(FUZZY_MIN_LENGTH);
                entryFoldedTerms.forEach(terms -> terms.forEach(typos::add));
                return new LanguageIndex(queryAnalyzer, folded, List.copyOf(entries), List.copyOf(entryTerms),
                        List.copyOf(entryFoldedTerms), typos, searcher);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the " + language + " FAQ index", e);
            }
        }

        Optional<FaqEntry> lookup(String field, String value) {
            return Optional.ofNullable((ID.equals(field) ? byId : byIntent).get(value));
        }

        List<FaqHit> search(String text, int limit) {
            List<Set<String>> queryTerms = positions(queryAnalyzer, ANSWER, text);
            List<Set<String>> queryFolded = withTypoNeighbours(positions(folded, FOLDED, text));
            Query query = query(text, queryFolded);
            if (query == null) {
                return List.of();
            }
            try {
                ScoreDoc[] hits = searcher.search(query, Math.max(limit, CANDIDATES)).scoreDocs;
                if (hits.length == 0) {
                    return List.of();
                }
                List<Candidate> candidates = new ArrayList<>(hits.length);
                for (ScoreDoc hit : hits) {
                    int position = position(hit);
                    double coverage = Math.max(coverage(queryTerms, entryTerms.get(position)),
                            coverage(queryFolded, entryFoldedTerms.get(position)));
                    candidates.add(new Candidate(position, coverage * hit.score / hits[0].score));
                }
                candidates.sort(Comparator.comparingDouble(Candidate::combined).reversed());
                double best = candidates.get(0).combined();
                double second = candidates.size() > 1 ? candidates.get(1).combined() : 0;
                double clarity = best <= 0 ? 0 : 0.5 + 0.5 * (best - second) / best;
                List<FaqHit> results = new ArrayList<>();
                for (Candidate candidate : candidates.subList(0, Math.min(limit, candidates.size()))) {
                    results.add(new FaqHit(entries.get(candidate.position()), candidate.combined() * clarity));
                }
                return results;
            } catch (IOException e) {
                throw new UncheckedIOException("FAQ search failed", e);
            } catch (IndexSearcher.TooManyClauses tooManyWords) {
                // Hundreds of short words (or garbage) expand past Lucene's clause limit over all fields and
                // typo neighbours together: search the first half instead of failing the shopper's turn.
                return text.length() < 2 ? List.of() : search(text.substring(0, text.length() / 2), limit);
            }
        }

        private record Candidate(int position, double combined) {
        }

        /**
         * The query built from analysed terms, so shopper punctuation ("?", "*", ":") is never syntax: every
         * field with its boost, plus the folded words and the indexed words one typo away from them.
         */
        private Query query(String text, List<Set<String>> foldedPositions) {
            // Folded words and their typo neighbours as plain term clauses: exact words add a little to the
            // folded field's score, neighbours let a misspelt word still find its entry.
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int clauses = 0;
            for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
                Query fieldQuery = new QueryBuilder(queryAnalyzer).createBooleanQuery(field.getKey(), text);
                if (fieldQuery != null) {
                    any.add(new BoostQuery(fieldQuery, field.getValue()), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
            for (Set<String> position : foldedPositions) {
                for (String term : position) {
                    if (clauses < IndexSearcher.getMaxClauseCount()) {
                        any.add(new BoostQuery(new TermQuery(new Term(FOLDED, term)), FUZZY_BOOST), BooleanClause.Occur.SHOULD);
                        clauses++;
                    }
                }
            }
            return clauses == 0 ? null : any.build();
        }

        private int position(ScoreDoc hit) throws IOException {
            return Integer.parseInt(searcher.storedFields().document(hit.doc).get("position"));
        }

        private static Document document(int position, FaqEntry entry, List<String> phrasings) {
            Document document = new Document();
            document.add(new StringField("position", Integer.toString(position), Field.Store.YES));
            document.add(new StringField(ID, entry.id(), Field.Store.NO));
            entry.intent().ifPresent(intent -> document.add(new StringField(INTENT, intent, Field.Store.NO)));
            document.add(new TextField(TITLE, entry.title(), Field.Store.NO));
            entry.questions().forEach(question -> document.add(new TextField(QUESTIONS, question, Field.Store.NO)));
            document.add(new TextField(ANSWER, entry.answerText(), Field.Store.NO));
            document.add(new TextField(TAGS, String.join(" ", entry.tags()), Field.Store.NO));
            phrasings.forEach(phrasing -> document.add(new TextField(PHRASINGS, phrasing, Field.Store.NO)));
            document.add(new TextField(FOLDED, allText(entry) + "\n" + String.join("\n", phrasings), Field.Store.NO));
            return document;
        }

        private static String allText(FaqEntry entry) {
            return entry.title() + "\n" + String.join("\n", entry.questions()) + "\n" + String.join(" ", entry.tags())
                    + "\n" + entry.answerText();
        }

        /** Each folded query word together with the indexed words one typo away from it. */
        private List<Set<String>> withTypoNeighbours(List<Set<String>> positions) {
            List<Set<String>> widened = new ArrayList<>(positions.size());
            for (Set<String> position : positions) {
                Set<String> terms = new HashSet<>(position);
                position.forEach(term -> terms.addAll(typos.of(term)));
                widened.add(terms);
            }
            return widened;
        }

        /**
         * Share of the query's word positions the entry covers; a position counts when any of its terms (a word,
         * its synonyms, or for folded text a word one typo away) occurs in the entry.
         */
        private static double coverage(List<Set<String>> query, Set<String> entry) {
            if (query.isEmpty()) {
                return 0;
            }
            long covered = query.stream().filter(position -> position.stream().anyMatch(entry::contains)).count();
            return (double) covered / query.size();
        }

        private static Set<String> flatten(List<Set<String>> positions) {
            Set<String> terms = new HashSet<>();
            positions.forEach(terms::addAll);
            return terms;
        }

        /** Analysed terms grouped by position: a word and the synonyms stacked on it form one group. */
        private static List<Set<String>> positions(Analyzer analyzer, String field, String text) {
            List<Set<String>> positions = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
                        positions.add(new HashSet<>());
                    }
                    positions.get(positions.size() - 1).add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot analyse text", e);
            }
            return positions;
        }
    }
}
