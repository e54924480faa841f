package dev.tandem.intents.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.of(Map.of(), Map.of(
            Language.EN, List.of("I forgot my password", "where is my invoice"),
            Language.RU, List.of("где мой заказ", "как оформить возврат"),
            Language.UK, List.of("де моє замовлення", "скільки коштує доставка", "привіт"),
            Language.PL, List.of("gdzie jest moje zamówienie", "zwrot pieniędzy")));

    @ParameterizedTest(name = "{1}: {0} → {2}")
    @CsvSource({
        "gde moy zakaz,            RU, где мой заказ",
        "kak oformit vozvrat,      RU, как оформить возврат",
        "de moye zamovlennya,      UK, де моє замовлення",
        "skilky koshtuye dostavka, UK, скільки коштує доставка",
        "gdzie jest moje zamowienie, PL, gdzie jest moje zamówienie",
        "I forgot my pasword,      EN, i forgot my password",
        "where is my invoise,      EN, where is my invoice",
        "where is my invioce,      RU, where is my invoice"})
    void givenAMessage_whenReadInTheShopsWords_thenTransliteratedRestoredAndCorrected(String text, Language language,
                                                                                  String expected) {
        assertThat(String.join(" ", vocabulary.tokens(text, language))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({"where is my invoice, RU", "gdzie jest paczka, UK", "cost, EN", "100234, RU",
        "привет, RU"}) // one letter from Ukrainian "привіт", but a Russian word: corrections stay in the language
    void givenTextTheShopsWordsDoNotExplain_whenRead_thenLeftAsTyped(String text, Language language) {
        assertThat(String.join(" ", vocabulary.tokens(text, language))).isEqualTo(text);
    }

    private final Vocabulary everyday = Vocabulary.of(Map.of(), Map.of(Language.EN,
            List.of("pay my bills", "a loaf of bread", "remove my card", "ice cream")));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"pay my billz, pay my bills", "pay my biills, pay my bills", "a loaf of braed, a loaf of bread",
        "remvoe my card, remove my card", "ice craem, ice cream"})
    void givenOneTypoInAKnownWord_whenRead_thenCorrected(String text, String expected) {
        assertThat(String.join(" ", everyday.tokens(text, Language.EN))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"walk in the hills", "i am bored", "sweet dream"})
    void givenAnotherRealWordNearAKnownOne_whenRead_thenLeftAsTyped(String text) {
        // one letter from "bills" and "cream" but at the start, where typos are rare; "bored" is "bread" with two
        // letters changed (each is "bred" without one letter)
        assertThat(String.join(" ", everyday.tokens(text, Language.EN))).isEqualTo(text);
    }

    private final Vocabulary named = Vocabulary.of(
            Map.of(Language.EN, Synonyms.parse(List.of("# the words for a person at the shop",
                    "agent, human, operator"), Path.of("en.txt"), new ArrayList<>())),
            Map.of(Language.EN, List.of("a human please", "it is too cold", "what could i do")));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"humn pls, agent pls", "agnt, agent", "hman please, agent please"})
    void givenAShortWordALetterShortOfANamedOne_whenRead_thenCorrected(String text, String expected) {
        // corrected, then read as the synonym group's first word
        assertThat(String.join(" ", named.tokens(text, Language.EN))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cold", "coud", "hmn", "humm", "word"})
    void givenAShortWordNotALetterShortOfANamedOne_whenRead_thenLeftAsTyped(String text) {
        // "coud" is "could" short of a letter, but "could" is an example's word, not one the synonyms name; "hmn" is
        // two letters short; "humm" changes one (in a short word only a left-out letter is taken for a typo);
        // "words" is only in the file's comment
        assertThat(String.join(" ", named.tokens(text, Language.EN))).isEqualTo(text);
    }
}
