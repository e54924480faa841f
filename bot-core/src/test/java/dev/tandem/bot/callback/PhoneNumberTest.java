package dev.tandem.bot.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+48 600 100 200     | +48600100200",
        "600-100-200         | 600100200",
        "+44 (20) 7946 0958  | +442079460958",
        "+380 44 123.45.67   | +380441234567",
        "8 (495) 123-45-67   | 84951234567"})
    void givenNumbersAsPeopleTypeThem_whenParsed_thenKeptAsPlusAndDigits(String typed, String kept) {
        assertThat(PhoneNumber.parse(typed).value()).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "call me", "12345", "+48 600 100 200 300 400", "600100200; DROP TABLE x",
        "++48600100200", "+48 600 100 200 ext 12", "48-", "٦٠٠١٠٠٢٠٠"})
    void givenSomethingThatIsNoPhoneNumber_whenParsed_thenAClearRefusal(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed)).isInstanceOf(InvalidCallbackException.class)
                .hasMessageContaining("7 to 15 digits");
    }
}
