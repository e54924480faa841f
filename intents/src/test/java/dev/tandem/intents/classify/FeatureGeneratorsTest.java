package dev.tandem.intents.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeatureGeneratorsTest {

    private final StemFeatures stems = new StemFeatures();
    private final CountryFeatures countries = new CountryFeatures();

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
        assertThat(stems.extractFeatures(new String[] {one}, Map.of()))
                .containsAnyElementsOf(stems.extractFeatures(new String[] {other}, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"do hiszpanii", "wysylka do niemiec", "доставка в германию", "до чехії", "ship to norway",
        "do you ship to the uk", "foreign delivery", "wysyłka za granicę", "wysylka miedzynarodowa",
        "доставка за границу", "международная доставка", "доставка за кордон"})
    void givenAForeignCountry_thenTheAbroadFeature(String text) {
        assertThat(countries.extractFeatures(text.split(" "), Map.of())).containsExactly("geo=abroad");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gdzie jest moja paczka", "хочу изменить данные", "змінити дані замовлення",
        "do you take american express", "dostawa do paczkomatu", "доставка по україні",
        "godzina graniczna wysyłki"})
    void givenNoForeignCountry_thenNoAbroadFeature(String text) {
        assertThat(countries.extractFeatures(text.split(" "), Map.of())).isEmpty();
    }
}
