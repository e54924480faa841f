package dev.tandem.intents.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeatureExtractorsTest {

    private final StemFeatures stems = new StemFeatures();
    private final CountryFeatures countries = new CountryFeatures();
    private final ConceptFeatures concepts = new ConceptFeatures();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "zwrotu, zwrot",
        "dostawy, dostawę",
        "доставки, доставку",
        "заказа, заказом",
        "посилки, посилку",
        "доставкою, доставки",
        "returns, return"})
    void givenInflectedForms_whenStemmed_thenTheyShareAFeature(String one, String other) {
        assertThat(features(stems, one))
                .containsAnyElementsOf(features(stems, other));
    }

    @ParameterizedTest
    @ValueSource(strings = {"do hiszpanii", "wysylka do niemiec", "доставка в германию", "до чехії", "ship to norway",
        "do you ship to the uk", "foreign delivery", "wysyłka za granicę", "wysylka miedzynarodowa",
        "доставка за границу", "международная доставка", "доставка за кордон", "сколько идет доставка в Казахстан",
        "do you ship to the united states", "wysyłka do Stanów Zjednoczonych", "czy wysyłacie na Cypr",
        "доставка до В'єтнаму", "можно заказать в Прагу", "delivery to new york", "dostawa do Nowego Jorku"})
    void givenAForeignCountry_thenTheAbroadFeature(String text) {
        assertThat(features(countries, text)).containsExactly("geo=abroad");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gdzie jest moja paczka", "хочу изменить данные", "змінити дані замовлення",
        "do you take american express", "dostawa do paczkomatu", "доставка по україні",
        "godzina graniczna wysyłki", "pragnę zwrócić buty", "нужны данные для фактуры", "соедините с оператором",
        "bought it as a christmas present", "americano"})
    void givenNoForeignCountry_thenNoAbroadFeature(String text) {
        assertThat(features(countries, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "how long does delivery take, ile trwa dostawa",
        "сколько идёт посылка, скільки йде посилка",
        "what is your return policy, jakie są zasady zwrotu",
        "политика возврата, політика повернення",
        "jakie kroki zwrotu, які кроки повернення",
        "ваша гаряча лінія ганьба, to skandal",
        "czy moge zaplacic karta, можно оплатить картой",
        "my parcel hasn't arrived, paczka nie doszła",
        "is next day delivery possible, доставка на следующий день возможна",
        "you helped a lot, вы очень помогли",
        "wysyłka poza unię, доставка за пределы польши"})
    void givenTheSameQuestionInTwoLanguages_thenTheyShareConceptFeatures(String one, String other) {
        assertThat(features(concepts, one))
                .isNotEmpty()
                .containsAnyElementsOf(features(concepts, other));
    }

    @ParameterizedTest
    @CsvSource({
        "what is your return policy, kk=return+rule",
        "wysylka do paczkomatu, kk=deliver+locker",
        "сколько стоит доставка, kk=cost+deliver",
        "скільки коштує доставка, kk=cost+deliver"})
    void givenTwoConcepts_thenTheirUnorderedPairIsAFeature(String text, String pair) {
        assertThat(features(concepts, text)).contains(pair);
    }

    @ParameterizedTest
    @CsvSource({
        "paczka nie doszła, k=notarrived",
        "посилка не прийшла, k=notarrived",
        "zle wpisalem kod pocztowy, k=address",
        "jak można tak pracować, k=anger"})
    void givenAPhraseOfTheLexicon_thenItsConcept(String text, String concept) {
        assertThat(features(concepts, text)).contains(concept);
    }

    /** Not being able to pay is a payment failure, whichever way of paying it names; asking whether one may pay is not. */
    @ParameterizedTest
    @CsvSource({
        "i can't pay with google pay, true",
        "it won't let me pay by card, true",
        "не получается оплатить картой, true",
        "не можу оплатити через apple pay, true",
        "nie mogę zapłacić blikiem, true",
        "can i pay with google pay, false",
        "можно оплатить картой, false",
        "czy mogę zapłacić przy odbiorze, false"})
    void givenAWayOfPaying_thenAFailureOnlyWhenTheShopperCannotPay(String text, boolean failure) {
        assertThat(features(concepts, text).contains("k=failure")).isEqualTo(failure);
    }

    @ParameterizedTest
    @ValueSource(strings = {"paczka doszła uszkodzona", "посилка прийшла пошкоджена", "my parcel arrived broken"})
    void givenTheWordsOfAPhraseWithoutTheirOrder_thenNotItsConcept(String text) {
        assertThat(features(concepts, text)).doesNotContain("k=notarrived");
    }

    /** CLINC150's out-of-scope questions are everyday English: such words as concepts made them look known. */
    @ParameterizedTest
    @ValueSource(strings = {"someone", "anyone", "account", "month", "wait", "friday", "online", "different", "reason",
        "click", "my", "how", "when"})
    void givenAnEverydayEnglishWord_thenNoConceptFeature(String word) {
        assertThat(features(concepts, word)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "100234", "lumo"})
    void givenNoKnownWord_thenNoConceptFeature(String text) {
        assertThat(features(concepts, text)).isEmpty();
    }

    private static List<String> features(FeatureExtractor extractor, String text) {
        List<String> features = new ArrayList<>();
        extractor.extract(Words.of(TextNormalizer.tokens(text)), features);
        return features;
    }
}
