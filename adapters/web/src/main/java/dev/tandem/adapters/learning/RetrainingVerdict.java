package dev.tandem.adapters.learning;

import dev.tandem.intents.Language;
import dev.tandem.intents.eval.CrossValidation.Prediction;
import dev.tandem.intents.eval.EvaluationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a change of intent examples may go live: the shop's cross-validation before and after it. It is held
 * when the macro-F1 of any language drops by more than {@link #MAX_DROP}, or when it makes two intents
 * indistinguishable: in some language, at least {@link #INDISTINGUISHABLE} of their held-out examples went to
 * the other one of the pair, where before it was less.
 */
public record RetrainingVerdict(List<LanguageScore> languages, List<ConfusedPair> newlyConfused) {

    static final double MAX_DROP = 0.01;
    static final double INDISTINGUISHABLE = 0.5;
    /** Confused examples shown per pair: enough to see why, not a wall of text. */
    static final int EXAMPLES_SHOWN = 8;

    public RetrainingVerdict {
        languages = List.copyOf(languages);
        newlyConfused = List.copyOf(newlyConfused);
    }

    public record LanguageScore(String language, double macroF1Before, double macroF1After) {

        public boolean dropped() {
            return macroF1Before - macroF1After > MAX_DROP;
        }
    }

    /** @param share of both intents' held-out examples, the part the model gave to the other one */
    public record ConfusedPair(String language, String first, String second, double share,
                               List<ConfusedExample> examples) {
    }

    public record ConfusedExample(String text, String intent, String takenFor) {
    }

    public boolean passes() {
        return languages.stream().noneMatch(LanguageScore::dropped) && newlyConfused.isEmpty();
    }

    public static RetrainingVerdict of(EvaluationReport before, EvaluationReport after) {
        List<LanguageScore> languages = new ArrayList<>();
        List<ConfusedPair> confused = new ArrayList<>();
        for (Language language : Language.values()) {
            if (before.predictions().stream().noneMatch(p -> p.language() == language)
                    && after.predictions().stream().noneMatch(p -> p.language() == language)) {
                continue;
            }
            languages.add(new LanguageScore(language.code(), before.macroF1(language), after.macroF1(language)));
            for (ConfusedPair pair : pairs(after, language)) {
                if (share(before, language, pair.first(), pair.second()) < INDISTINGUISHABLE) {
                    confused.add(pair);
                }
            }
        }
        return new RetrainingVerdict(languages, confused);
    }

    private static List<ConfusedPair> pairs(EvaluationReport report, Language language) {
        List<String> intents = report.predictions().stream().filter(p -> p.language() == language)
                .map(Prediction::expected).distinct().sorted().toList();
        List<ConfusedPair> pairs = new ArrayList<>();
        for (int i = 0; i < intents.size(); i++) {
            for (int j = i + 1; j < intents.size(); j++) {
                String first = intents.get(i);
                String second = intents.get(j);
                double share = share(report, language, first, second);
                if (share >= INDISTINGUISHABLE) {
                    List<ConfusedExample> examples = report.predictions().stream()
                            .filter(p -> p.language() == language && crossed(p, first, second))
                            .limit(EXAMPLES_SHOWN)
                            .map(p -> new ConfusedExample(p.example(), p.expected(), p.predicted())).toList();
                    pairs.add(new ConfusedPair(language.code(), first, second, share, examples));
                }
            }
        }
        return pairs;
    }

    private static double share(EvaluationReport report, Language language, String first, String second) {
        long support = 0;
        long crossed = 0;
        for (Prediction p : report.predictions()) {
            if (p.language() == language && (p.expected().equals(first) || p.expected().equals(second))) {
                support++;
                crossed += crossed(p, first, second) ? 1 : 0;
            }
        }
        return support == 0 ? 0 : (double) crossed / support;
    }

    private static boolean crossed(Prediction p, String first, String second) {
        return p.expected().equals(first) && p.predicted().equals(second)
                || p.expected().equals(second) && p.predicted().equals(first);
    }
}
