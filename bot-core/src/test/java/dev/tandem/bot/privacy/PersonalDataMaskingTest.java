package dev.tandem.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a log line or an editor may see of a customer's contact details and cards: hints only. */
class PersonalDataMaskingTest {

    @Test
    void givenPersonalDataInAMessage_whenMasked_thenOnlyHintsRemain() {
        assertThat(PersonalDataMasking.mask("mail from jan.kowalski+shop@example.co.uk about order 100234"))
                .isEqualTo("mail from j***@example.co.uk about order 100234");
        assertThat(PersonalDataMasking.mask("call me at +48 601 234 567 or (555) 123-4567 or 0601234567"))
                .isEqualTo("call me at +** *** *** *67 or (***) ***-**67 or ********67");
        assertThat(PersonalDataMasking.mask("card 4111 1111 1111 1111 charged twice"))
                .isEqualTo("card [card •••• 1111] charged twice");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "phone:+48601234567                       | phone:+*********67",
        "GET /+48601234567                        | GET /+*********67",
        "tel.+380671234567                        | tel.+**********67",
        "tel. +48\u00A0601\u00A0234\u00A0567      | tel. +** *** *** *67",
        "tel. +48\u202F601\u202F234\u202F567      | tel. +** *** *** *67",
        "тел. +7 (912) 345\u201167\u201189        | тел. +* (***) ***\u2010**\u201089",
        "tel. ＋４８６０１２３４５６７                  | tel. +*********67",
        "łukasz.wójcik@poczta.pl                  | ł***@poczta.pl",
        "пишіть на олена.коваль@пошта.укр         | пишіть на о***@пошта.укр",
        "napisz na ｊａｎ＠example.pl              | napisz na j***@example.pl",
        "karta 4111\u00A01111\u00A01111\u00A01111 | karta [card •••• 1111]",
        "card 4111 1111 1111 1111 123             | card [card •••• 1111]"})
    void givenContactDetailsInAnyNotation_whenMasked_thenOnlyHintsRemain(String text, String expected) {
        assertThat(PersonalDataMasking.mask(text)).isEqualTo(expected);
    }

    @Test
    void givenWhatIsNotPersonal_whenMasked_thenUnchanged() {
        String text = "order 100234 tracking TRK-100234 at 2026-11-25 16:20:39 from 192.168.100.200:35319 "
                + "conversation 3e9a293e-5bd3-435b-9768-24e6112c8f0d took 70878 ms, seq 12, port 8080, "
                + "InPost 620000000000000000000000, GET /api/v1/orders/100234, paid 1 299,00 zł";
        assertThat(PersonalDataMasking.mask(text)).isEqualTo(text);
    }
}
