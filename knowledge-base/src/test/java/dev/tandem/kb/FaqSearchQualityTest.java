package dev.tandem.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recall@1 and MRR of the FAQ search on the demo shop, per language, on paraphrases written for this module
 * ({@code src/test/resources/eval/paraphrases.tsv}) and on the shop's held-out set ({@code content/demo-shop/eval}).
 * The floors sit a little under what is measured today, per language, so a regression fails the build; the
 * numbers and every miss are printed so a change that improves them is visible too.
 */
class FaqSearchQualityTest {

    private static final Path DEMO = Path.of("..", "content", "demo-shop");
    private static final Path OWN_PARAPHRASES = Path.of("src", "test", "resources", "eval", "paraphrases.tsv");
    private static final Path SHOP_PARAPHRASES = DEMO.resolve("eval").resolve("faq-paraphrases.tsv");

    private static FaqIndex faqOnly;
    private static FaqIndex withIntentExamples;

    @BeforeAll
    static void loadTheDemoShop() {
        faqOnly = FaqLibrary.load(DEMO).index();
        withIntentExamples = FaqLibrary.load(DEMO, IntentExamples.of(DEMO)).index();
    }

    @Test
    void givenOwnParaphrases_whenSearchedInTheFaqAlone_thenRecallAndMrrMeetTheFloor() {
        SearchEvaluation.Report report = evaluate("faq only, own paraphrases", faqOnly, OWN_PARAPHRASES);

        // English is weakest without the intent examples: Porter stems "delivered" and "delivery" apart, and
        // paraphrases share few words with the six questions of an entry.
        assertFloor(report, Map.of("en", 0.30, "ru", 0.70, "uk", 0.80, "pl", 0.90), Map.of("en", 0.55, "ru", 0.75, "uk", 0.90, "pl", 0.90));
    }

    @Test
    void givenOwnParaphrases_whenSearchedWithIntentExamplesIndexed_thenRecallAndMrrMeetTheFloor() {
        SearchEvaluation.Report report = evaluate("faq + intent examples, own paraphrases", withIntentExamples, OWN_PARAPHRASES);

        // The target is Recall@1 >= 0.90 and MRR >= 0.93 in every language; English is not there yet.
        assertFloor(report, Map.of("en", 0.65, "ru", 0.90, "uk", 0.90, "pl", 0.90), Map.of("en", 0.80, "ru", 0.93, "uk", 0.93, "pl", 0.93));
    }

    @Test
    void givenTheShopsHeldOutParaphrases_whenSearchedWithIntentExamplesIndexed_thenRecallAndMrrMeetTheFloor() {
        SearchEvaluation.Report report = evaluate("faq + intent examples, content/demo-shop/eval", withIntentExamples,
                SHOP_PARAPHRASES);

        assertFloor(report, Map.of("en", 0.80, "ru", 0.90, "uk", 0.90, "pl", 0.90), Map.of("en", 0.90, "ru", 0.93, "uk", 0.93, "pl", 0.93));
    }

    /**
     * The score is what the dialogue policy thresholds on, so it must separate: a right first answer should
     * score well above anything a question the shop cannot answer gets.
     */
    @Test
    void givenOutOfScopeQuestions_whenSearched_thenTheyScoreBelowTheMedianRightAnswer() {
        Map<String, List<String>> outOfScope = Map.of(
                "en", List.of("what's the capital of France", "tell me a joke", "will it rain tomorrow"),
                "ru", List.of("какая столица Франции", "расскажи анекдот", "будет ли завтра дождь"),
                "uk", List.of("яка столиця Франції", "розкажи анекдот", "чи буде завтра дощ"),
                "pl", List.of("jaka jest stolica Francji", "opowiedz dowcip", "czy jutro będzie padać"));
        List<Double> right = new ArrayList<>();
        for (SearchEvaluation.LabelledQuery query : SearchEvaluation.read(OWN_PARAPHRASES)) {
            List<FaqHit> hits = withIntentExamples.search(query.language(), query.query(), 1);
            if (!hits.isEmpty() && hits.get(0).entry().id().equals(query.faqId())) {
                right.add(hits.get(0).score());
            }
        }
        double median = right.stream().sorted().toList().get(right.size() / 2);
        double worstOutOfScope = 0;
        for (Map.Entry<String, List<String>> language : outOfScope.entrySet()) {
            for (String question : language.getValue()) {
                double score = withIntentExamples.search(language.getKey(), question, 1).stream().mapToDouble(FaqHit::score)
                        .findFirst().orElse(0);
                System.out.printf("  out of scope %s [%s]: %.3f%n", language.getKey(), question, score);
                worstOutOfScope = Math.max(worstOutOfScope, score);
            }
        }
        System.out.printf("FAQ search scores — median right first answer %.3f, best out-of-scope %.3f%n", median, worstOutOfScope);

        assertThat(worstOutOfScope).isLessThan(median);
    }

    private static SearchEvaluation.Report evaluate(String label, FaqIndex index, Path questions) {
        List<SearchEvaluation.LabelledQuery> queries = SearchEvaluation.read(questions);
        SearchEvaluation.Report report = SearchEvaluation.evaluate(index, queries);
        StringBuilder out = new StringBuilder("FAQ search quality — " + label + "\n");
        report.languages().forEach((language, score) -> out.append(String.format("  %s: %d questions, Recall@1 %.3f, MRR %.3f%n",
                language, score.queries(), score.recallAt1(), score.mrr())));
        report.misses().forEach(miss -> out.append(String.format("  miss %s [%s] expected %s, first %s, rank %d%n",
                miss.query().language(), miss.query().query(), miss.query().faqId(), miss.foundFirst(), miss.rankFound())));
        System.out.print(out);
        return report;
    }

    private static void assertFloor(SearchEvaluation.Report report, Map<String, Double> recallAt1, Map<String, Double> mrr) {
        assertThat(report.languages()).containsOnlyKeys("en", "ru", "uk", "pl");
        report.languages().forEach((language, score) -> {
            assertThat(score.recallAt1()).as(language + " Recall@1").isGreaterThanOrEqualTo(recallAt1.get(language));
            assertThat(score.mrr()).as(language + " MRR").isGreaterThanOrEqualTo(mrr.get(language));
        });
    }
}
