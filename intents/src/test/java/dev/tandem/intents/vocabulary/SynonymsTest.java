package dev.tandem.intents.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.IntentFileProblem;
import dev.tandem.intents.text.TextNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SynonymsTest {

    private final List<IntentFileProblem> problems = new ArrayList<>();
    private final Synonyms synonyms = Synonyms.parse(List.of(
            "# comment",
            "invoice, bill, vat invoice",
            "delivery time, eta, shipping period",
            "посилка, пакунок, parcel",
            "zwrot pieniędzy, zwrot środków",
            "pwd => password"), Path.of("synonyms/en.txt"), problems);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "where is my bill, where is my invoice",
        "send me the bills, send me the invoice",
        "what is the ETA, what is the delivery time",
        "shipping period to Spain, delivery time to spain",
        "де мій parcel, де мій посилка",
        "пакунки не прийшли, посилка не прийшли",
        "zwrot srodkow na karte, zwrot pieniedzy na karte",
        "forgot my pwd, forgot my password",
        "vat invoice please, invoice please"})
    void givenAWordOfAGroup_whenApplied_thenTheGroupsFirstWordInItsPlace(String text, String expected) {
        assertThat(String.join(" ", synonyms.apply(TextNormalizer.tokens(text)))).isEqualTo(expected);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ordinary billing", "the operation", "bi ll"})
    void givenWordsThatOnlyLookAlike_whenApplied_thenUnchanged(String text) {
        assertThat(String.join(" ", synonyms.apply(TextNormalizer.tokens(text)))).isEqualTo(text);
    }

    @Test
    void givenLinesThatAreNotRules_whenParsed_thenEachIsAProblemWithItsLine() {
        List<IntentFileProblem> found = new ArrayList<>();
        Synonyms.parse(List.of("parcel, package", "lonely", "a => => b"), Path.of("synonyms/en.txt"), found);

        assertThat(found).extracting(IntentFileProblem::line).containsExactly(2, 3);
        assertThat(found.get(0).toString()).startsWith("synonyms/en.txt:2: ");
    }
}
