package dev.tandem.intents.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.intents.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptLexiconTest {

    private final ConceptLexicon lexicon = ConceptLexicon.parse(List.of(
            "# the shop's words",
            "duration: long, trwa*, następnego dnia, next day",
            "step: next, krok*",
            "refund: srodk*",
            "duration: srod*"), "test.txt");

    @Test
    void givenWholeWordsAndWordBeginnings_whenMatched_thenDiacriticsDoNotMatter() {
        assertThat(lexicon.concepts(TextNormalizer.tokens("Ile trwa?"))).containsExactly("duration");
        assertThat(lexicon.concepts(TextNormalizer.tokens("jaki jest następny krok"))).containsExactly("step");
    }

    @Test
    void givenConsecutiveWords_whenTheyOccurInOrder_thenTheirConceptIsFound() {
        assertThat(lexicon.concepts(TextNormalizer.tokens("dostawa nastepnego dnia"))).containsExactly("duration");
        assertThat(lexicon.concepts(TextNormalizer.tokens("is next day delivery possible")))
                .containsExactly("duration", "step");
        assertThat(lexicon.concepts(TextNormalizer.tokens("dnia następnego"))).isEmpty();
    }

    @Test
    void givenTwoWordBeginnings_whenBothMatch_thenTheLongerOneWins() {
        assertThat(lexicon.concept("srodki")).isEqualTo("refund");
        assertThat(lexicon.concept("sroda")).isEqualTo("duration");
    }

    @Test
    void givenALineWithoutAConcept_whenParsed_thenTheErrorNamesFileAndLine() {
        assertThatThrownBy(() -> ConceptLexicon.parse(List.of("# fine", "return zwrot*"), "concepts.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("concepts.txt:2:");
    }

    @Test
    void givenAnEntryTheTokenizerCannotProduce_whenParsed_thenItIsRefused() {
        assertThatThrownBy(() -> ConceptLexicon.parse(List.of("human: кто-то"), "concepts.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("concepts.txt:1:")
                .hasMessageContaining("кто-то");
    }

    @Test
    void givenTheBundledLexicon_thenItLoadsAndKnowsTheShopsWords() {
        ConceptLexicon bundled = ConceptLexicon.bundled(ConceptLexicon.CONCEPTS);
        assertThat(bundled.concepts(TextNormalizer.tokens("jakie są zasady zwrotu"))).contains("return", "rule");
    }
}
