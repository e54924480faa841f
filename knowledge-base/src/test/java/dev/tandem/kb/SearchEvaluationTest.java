package dev.tandem.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchEvaluationTest {

    @TempDir
    Path content;

    @Test
    void givenQuestionsFoundFirstSecondAndNever_whenEvaluated_thenRecallAndMrrCountThemSo() throws IOException {
        faq("hours", "Opening hours", "When are you open", "We are open Monday to Friday from 8 to 20.");
        faq("returns", "Returns", "How do I return shoes", "Return shoes within 30 days with the label.");
        faq("shoes", "Shoe sizes", "Which shoe size fits", "Our shoes run true to size; return shoes that do not fit.");
        FaqIndex index = FaqLibrary.load(content).index();
        String firstForShoes = index.search("en", "return shoes", 1).get(0).entry().id();
        String otherForShoes = firstForShoes.equals("returns") ? "shoes" : "returns";
        List<SearchEvaluation.LabelledQuery> queries = List.of(
                new SearchEvaluation.LabelledQuery("en", "hours", "when are you open", 1),
                new SearchEvaluation.LabelledQuery("en", otherForShoes, "return shoes", 2),
                new SearchEvaluation.LabelledQuery("en", "hours", "quantum chromodynamics", 3));

        SearchEvaluation.Report report = SearchEvaluation.evaluate(index, queries);

        SearchEvaluation.LanguageScore english = report.languages().get("en");
        assertThat(english.queries()).isEqualTo(3);
        assertThat(english.recallAt1()).isEqualTo(1.0 / 3);
        assertThat(english.mrr()).isEqualTo((1 + 0.5 + 0) / 3);
        assertThat(report.misses()).extracting(miss -> miss.query().line(), SearchEvaluation.Miss::rankFound)
                .containsExactly(tuple(2, 2), tuple(3, 0));
    }

    @Test
    void givenTheDemoShopsHeldOutParaphrases_whenRead_thenTheyCoverEveryEntryInEveryLanguage() {
        List<SearchEvaluation.LabelledQuery> queries =
                SearchEvaluation.read(Path.of("..", "content", "demo-shop", "eval", "faq-paraphrases.tsv"));

        for (String language : List.of("en", "ru", "uk", "pl")) {
            assertThat(queries.stream().filter(q -> q.language().equals(language)).map(SearchEvaluation.LabelledQuery::faqId)
                    .distinct().count()).as(language).isEqualTo(21);
            assertThat(queries.stream().filter(q -> q.language().equals(language)).count()).as(language).isGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void givenAMalformedLine_whenRead_thenFileAndLineAreNamed() throws IOException {
        Path file = content.resolve("questions.tsv");
        Files.writeString(file, "# comment\nlang\tfaq_id\tquery\nen\thours\twhen are you open\nde hours open\n");

        assertThatThrownBy(() -> SearchEvaluation.read(file)).hasMessage(file + ":4: expected three tab-separated "
                + "columns: lang (en, ru, uk, pl), faq_id, query");
    }

    private void faq(String id, String title, String question, String answer) throws IOException {
        Path directory = Files.createDirectories(content.resolve("faq").resolve("en"));
        Files.writeString(directory.resolve(id + ".md"),
                "---\nid: " + id + "\ntitle: " + title + "\nquestions: [" + question + "]\n---\n" + answer + "\n");
    }
}
