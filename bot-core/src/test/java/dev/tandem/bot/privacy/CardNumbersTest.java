package dev.tandem.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "my card 4111 1111 1111 1111 was charged twice | my card [card •••• 1111] was charged twice",
        "карта 5555-5555-5555-4444, списали дважды      | карта [card •••• 4444], списали дважды",
        "karta 378282246310005 nie działa               | karta [card •••• 0005] nie działa",
        "картка 4000056655665556 і ще 6011111111111117  | картка [card •••• 5556] і ще [card •••• 1117]",
        "Maestro 6759649826438453                       | Maestro [card •••• 8453]",
        "new MC 2223003122003222 please                 | new MC [card •••• 3222] please"})
    void givenACardNumberInAnyGrouping_whenMasked_thenOnlyTheLastFourDigitsRemain(String text, String expected) {
        assertThat(CardNumbers.masked(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "order 100234 and 100981",
        "Nova Poshta 20450012345678",
        "ТТН 59000123456789",
        "InPost 612345678901234567890123",
        "call me at +48 600 700 800",
        "4111 1111 1111 1112",
        "paid 1299 zł on 2026-11-20",
        "tracking RR123456785PL"})
    void givenNumbersThatAreNotCards_whenMasked_thenTheTextIsUnchanged(String text) {
        assertThat(CardNumbers.masked(text)).isEqualTo(text);
    }
}
