package dev.tandem.intents.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.intents.DemoContent;
import dev.tandem.intents.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShortTextLanguageDetectorTest {

    private static ShortTextLanguageDetector detector;

    @BeforeAll
    static void trainOnTheDemoShop() {
        detector = new ShortTextLanguageDetector(DemoContent.catalog());
    }

    /** Short messages written for this test; several have no letter unique to their language. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "where is my order        | EN",
        "thanks a lot             | EN",
        "refund please            | EN",
        "где мой заказ            | RU",
        "спасибо                  | RU",
        "хочу вернуть куртку      | RU",
        "де посилка?              | UK",
        "дякую                    | UK",
        "коли прийде замовлення   | UK",
        "dzięki                   | PL",
        "gdzie jest moja paczka   | PL",
        "zwrot pieniedzy          | PL"})
    void givenShortMessage_whenDetected_thenItsLanguage(String text, Language expected) {
        LanguageGuess guess = detector.detect(text);

        assertThat(guess.language()).contains(expected);
        assertThat(guess.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
    }

    /**
     * Words beyond the shop's vocabulary, with no letter only one language uses: the Ukrainian and Polish
     * dictionaries tell them apart from Russian and English.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Заблоковано              | UK",
        "Usun drukarke            | PL"})
    void givenWordsTheShopNeverUses_whenDetected_thenTheDictionaryOfTheLanguageTellsIt(String text, Language expected) {
        assertThat(detector.detect(text).language()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "OK!", "100234", "#100234", "demo@example.com", "🙂", "  ", "ок", "https://lumo.pl/returns"})
    void givenTextThatSaysNothingAboutLanguage_whenDetected_thenNeutral(String text) {
        assertThat(detector.detect(text)).isEqualTo(LanguageGuess.neutral());
    }

    @ParameterizedTest(name = "{0} on a {1} page → {2}")
    @CsvSource(delimiter = '|', value = {
        "Да, бачу.                | UK | UK",
        "Да, бачу.                | RU | RU",
        "добре                    | UK | UK",
        "спасибо большое          | UK | RU",
        "дякую                    | RU | UK",
        "where is my order        | RU | EN",
        "gdzie jest moja paczka   | EN | PL",
        "kak oformit vozvrat      | EN | RU",
        "де мій order 100234?     | EN | UK"})
    void givenTheConversationsLanguage_whenTheTextFitsTwoLanguages_thenItBreaksTheTieButNeverOverrulesTheText(
            String text, Language conversation, Language expected) {
        assertThat(detector.detect(text, conversation).language()).contains(expected);
    }

    @Test
    void givenSavedDetector_whenLoaded_thenItDetectsExactlyLikeTheOneItWasSavedFrom() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        detector.save(bytes);

        ShortTextLanguageDetector loaded = ShortTextLanguageDetector.load(new ByteArrayInputStream(bytes.toByteArray()));

        for (String text : new String[] {"where is my order", "хочу вернуть куртку", "коли прийде замовлення",
                "gde moy zakaz", "de moye zamovlennya", "zwrot pieniedzy", "Заблоковано", "ok"}) {
            assertThat(loaded.detect(text)).isEqualTo(detector.detect(text));
            assertThat(loaded.detect(text, Language.UK)).isEqualTo(detector.detect(text, Language.UK));
        }
    }

    @Test
    void givenSomethingElse_whenLoaded_thenAnIOExceptionNotADetector() {
        assertThatThrownBy(() -> ShortTextLanguageDetector.load(new ByteArrayInputStream("not a detector".getBytes())))
                .isInstanceOf(IOException.class);
    }
}
