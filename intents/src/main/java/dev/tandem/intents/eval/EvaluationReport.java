package dev.tandem.intents.eval;

import dev.tandem.intents.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision, recall and F1 per intent (overall and per language), macro-F1 and accuracy per language, and
 * the confusion matrix, from cross-validation predictions; rendered as Markdown and as an HTML heatmap.
 */
public final class EvaluationReport {

    private final List<String> intents;
    private final List<CrossValidation.Prediction> predictions;

    EvaluationReport(List<String> intents, List<CrossValidation.Prediction> predictions) {
        this.intents = List.copyOf(intents);
        this.predictions = List.copyOf(predictions);
    }

    /** Every held-out example with what the model said, to show which examples two intents share. */
    public List<CrossValidation.Prediction> predictions() {
        return predictions;
    }

    public record Scores(double precision, double recall, double f1, int support) {
    }

    public Scores scores(String intent, Language language) {
        int truePositive = 0;
        int predicted = 0;
        int actual = 0;
        for (CrossValidation.Prediction p : predictions) {
            if (language != null && p.language() != language) {
                continue;
            }
            boolean isActual = p.expected().equals(intent);
            boolean isPredicted = p.predicted().equals(intent);
            actual += isActual ? 1 : 0;
            predicted += isPredicted ? 1 : 0;
            truePositive += isActual && isPredicted ? 1 : 0;
        }
        double precision = predicted == 0 ? 0 : (double) truePositive / predicted;
        double recall = actual == 0 ? 0 : (double) truePositive / actual;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Scores(precision, recall, f1, actual);
    }

    /** Mean F1 over the intents that have examples in the language; {@code null} language means all. */
    public double macroF1(Language language) {
        return intents.stream().map(intent -> scores(intent, language)).filter(s -> s.support() > 0)
                .mapToDouble(Scores::f1).average().orElse(0);
    }

    public double accuracy(Language language) {
        long total = predictions.stream().filter(p -> language == null || p.language() == language).count();
        long right = predictions.stream().filter(p -> language == null || p.language() == language)
                .filter(p -> p.expected().equals(p.predicted())).count();
        return total == 0 ? 0 : (double) right / total;
    }

    /** Rows are the true intents, columns what the model said, in the catalog's order. */
    public int[][] confusion() {
        Map<String, Integer> index = new LinkedHashMap<>();
        intents.forEach(intent -> index.put(intent, index.size()));
        int[][] matrix = new int[intents.size()][intents.size()];
        for (CrossValidation.Prediction p : predictions) {
            Integer column = index.get(p.predicted());
            if (column != null) {
                matrix[index.get(p.expected())][column]++;
            }
        }
        return matrix;
    }

    public String toMarkdown() {
        StringBuilder out = new StringBuilder("# Intent cross-validation\n\n");
        out.append(String.format(Locale.ROOT, "%d held-out examples.%n%n", predictions.size()));
        out.append("| language | examples | accuracy | macro-F1 |\n|---|---:|---:|---:|\n");
        for (Language language : Language.values()) {
            long n = predictions.stream().filter(p -> p.language() == language).count();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", language.code(), n, accuracy(language),
                    macroF1(language)));
        }
        out.append(String.format(Locale.ROOT, "| all | %d | %.3f | %.3f |%n%n", predictions.size(), accuracy(null),
                macroF1(null)));
        out.append("| intent | precision | recall | F1 | F1 en | F1 ru | F1 uk | F1 pl | examples |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String intent : intents) {
            Scores all = scores(intent, null);
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f", intent, all.precision(), all.recall(), all.f1()));
            for (Language language : Language.values()) {
                out.append(String.format(Locale.ROOT, " | %.3f", scores(intent, language).f1()));
            }
            out.append(String.format(Locale.ROOT, " | %d |%n", all.support()));
        }
        out.append("\n## Most frequent confusions\n\n| true intent | predicted | count |\n|---|---|---:|\n");
        for (int[] cell : topConfusions(15)) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %d |%n", intents.get(cell[0]), intents.get(cell[1]), cell[2]));
        }
        return out.toString();
    }

    /** A self-contained page: the summary tables and the confusion matrix as a heatmap (row-normalised). */
    public String toHtml() {
        int[][] matrix = confusion();
        StringBuilder out = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intent cross-validation</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}
                td,th{border:1px solid #ccc;padding:2px 6px;font-size:12px;text-align:right}
                th.v{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left}</style></head><body>
                <h1>Intent cross-validation</h1>
                """);
        out.append("<table><tr><th>language</th><th>accuracy</th><th>macro-F1</th></tr>");
        for (Language language : Language.values()) {
            out.append(String.format(Locale.ROOT, "<tr><th>%s</th><td>%.3f</td><td>%.3f</td></tr>", language.code(),
                    accuracy(language), macroF1(language)));
        }
        out.append("</table><h2>Confusion matrix (rows: true intent, columns: predicted)</h2><table><tr><th></th>");
        intents.forEach(intent -> out.append("<th class=\"v\">").append(escape(intent)).append("</th>"));
        out.append("</tr>");
        for (int row = 0; row < matrix.length; row++) {
            int total = 0;
            for (int count : matrix[row]) {
                total += count;
            }
            out.append("<tr><th>").append(escape(intents.get(row))).append("</th>");
            for (int column = 0; column < matrix[row].length; column++) {
                double share = total == 0 ? 0 : (double) matrix[row][column] / total;
                String colour = row == column
                        ? String.format(Locale.ROOT, "rgba(40,140,60,%.2f)", share)
                        : String.format(Locale.ROOT, "rgba(200,40,40,%.2f)", Math.min(1, share * 3));
                out.append("<td style=\"background:").append(colour).append("\" title=\"")
                        .append(escape(intents.get(row))).append(" → ").append(escape(intents.get(column))).append("\">")
                        .append(matrix[row][column] == 0 ? "" : matrix[row][column]).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</table></body></html>\n").toString();
    }

    private List<int[]> topConfusions(int limit) {
        int[][] matrix = confusion();
        List<int[]> cells = new ArrayList<>();
        for (int row = 0; row < matrix.length; row++) {
            for (int column = 0; column < matrix.length; column++) {
                if (row != column && matrix[row][column] > 0) {
                    cells.add(new int[] {row, column, matrix[row][column]});
                }
            }
        }
        cells.sort((a, b) -> Integer.compare(b[2], a[2]));
        return cells.subList(0, Math.min(limit, cells.size()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
