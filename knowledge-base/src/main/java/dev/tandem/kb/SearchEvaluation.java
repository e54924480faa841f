package dev.tandem.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures how findable the FAQ is: labelled shopper questions are searched, and per language the share
 * whose entry ranks first (Recall@1) and the mean reciprocal rank of the entry within the first
 * {@link #DEPTH} hits (MRR) are reported, with every question that missed.
 */
public final class SearchEvaluation {

    static final int DEPTH = 10;

    private SearchEvaluation() {
    }

    /** A question a shopper might ask, and the entry that answers it; {@code line} in the file it came from. */
    public record LabelledQuery(String language, String faqId, String query, int line) {
    }

    public record LanguageScore(int queries, double recallAt1, double mrr) {
    }

    /** @param rankFound 1-based rank of the expected entry, 0 when it is not in the first {@link #DEPTH} hits */
    public record Miss(LabelledQuery query, String foundFirst, int rankFound) {
    }

    public record Report(Map<String, LanguageScore> languages, List<Miss> misses) {
    }

    /**
     * Reads a tab-separated file of {@code lang, faq_id, query} lines; {@code #} comments and a header line
     * starting with {@code lang} are skipped. A malformed line fails with {@code file:line: reason}.
     */
    public static List<LabelledQuery> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<LabelledQuery> queries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("lang\t")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 || columns[2].isBlank() || !FaqAnalyzers.LANGUAGES.contains(columns[0])) {
                throw new IllegalArgumentException(file + ":" + (i + 1)
                        + ": expected three tab-separated columns: lang (en, ru, uk, pl), faq_id, query");
            }
            queries.add(new LabelledQuery(columns[0], columns[1].strip(), columns[2].strip(), i + 1));
        }
        return queries;
    }

    public static Report evaluate(FaqIndex index, List<LabelledQuery> queries) {
        Map<String, double[]> sums = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        for (LabelledQuery query : queries) {
            List<FaqHit> hits = index.search(query.language(), query.query(), DEPTH);
            int rank = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).entry().id().equals(query.faqId())) {
                    rank = i + 1;
                    break;
                }
            }
            double[] sum = sums.computeIfAbsent(query.language(), language -> new double[3]);
            sum[0]++;
            sum[1] += rank == 1 ? 1 : 0;
            sum[2] += rank == 0 ? 0 : 1.0 / rank;
            if (rank != 1) {
                misses.add(new Miss(query, hits.isEmpty() ? "-" : hits.get(0).entry().id(), rank));
            }
        }
        Map<String, LanguageScore> languages = new TreeMap<>();
        sums.forEach((language, sum) -> languages.put(language,
                new LanguageScore((int) sum[0], sum[1] / sum[0], sum[2] / sum[0])));
        return new Report(languages, misses);
    }
}
