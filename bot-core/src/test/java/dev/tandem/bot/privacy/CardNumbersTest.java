package dev.tandem.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A card number is masked however the shopper typed it: any separators between its digits (spaces, dots,
 * slashes, dashes of every width, non-breaking and zero-width spaces), full-width digits, glued to a sign or
 * followed by its expiry date and security code; numbers that are not cards (orders, parcels, phones, amounts,
 * dates) stay as written. {@code \\uXXXX} in a row stands for that character.
 */
class CardNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // en
        "my card 4111 1111 1111 1111 was charged twice     | my card [card •••• 1111] was charged twice",
        "my card 4111 1111 1111 1111 123 was charged twice | my card [card •••• 1111] was charged twice",
        "card 4111111111111111 12/27 123                   | card [card •••• 1111]",
        "card 4111111111111111123                          | card [card •••• 1111]",
        "card 4111.1111.1111.1111 exp 12/27                | card [card •••• 1111] exp 12/27",
        "card:-4111111111111111                            | card:-[card •••• 1111]",
        "4111/1111/1111/1111                               | [card •••• 1111]",
        "card 4111  1111  1111  1111 please refund         | card [card •••• 1111] please refund",
        "card 4111\\u00A01111\\u00A01111\\u00A01111 please | card [card •••• 1111] please",
        "card 4111\\u200B1111\\u200B1111\\u200B1111 please | card [card •••• 1111] please",
        "card 4111\\u20131111\\u20131111\\u20131111 please | card [card •••• 1111] please",
        "card (4012 8888 8888 1881), thanks                | card ([card •••• 1881]), thanks",
        "Amex 3782 822463 10005 declined                   | Amex [card •••• 0005] declined",
        "new MC 2223003122003222 please                    | new MC [card •••• 3222] please",
        "card\\n4111\\n1111\\n1111\\n1111\\nhelp           | card\\n[card •••• 1111]\\nhelp",
        // ru
        "карта 5555-5555-5555-4444, списали дважды         | карта [card •••• 4444], списали дважды",
        "номер карты: 5555 5555 5555 4444 срок 01/28       | номер карты: [card •••• 4444] срок 01/28",
        "карта Мир 2200 7001 2345 6781 не проходит         | карта Мир [card •••• 6781] не проходит",
        "оплатил картой ５５５５ ５５５５ ５５５５ ４４４４         | оплатил картой [card •••• 4444]",
        "карта 5555_5555_5555_4444                         | карта [card •••• 4444]",
        "UnionPay 6270 0000 0000 0000 003 не принимают     | UnionPay [card •••• 0003] не принимают",
        // uk
        "картка 4000056655665556 і ще 6011111111111117     | картка [card •••• 5556] і ще [card •••• 1117]",
        "картка 4000 0566 5566 5556 CVV 321                | картка [card •••• 5556] CVV 321",
        "моя картка: 4000•0566•5566•5556                   | моя картка: [card •••• 5556]",
        "номер картки 4000 – 0566 – 5566 – 5556            | номер картки [card •••• 5556]",
        "картки 4319401234567897, 5212345678901234         | картки [card •••• 7897], [card •••• 1234]",
        // pl
        "karta 378282246310005 nie działa                  | karta [card •••• 0005] nie działa",
        "karta 3782-822463-10005                           | karta [card •••• 0005]",
        "płaciłem kartą 6759 6498 2643 8453 i nic          | płaciłem kartą [card •••• 8453] i nic",
        "nr karty: 5105 1051 0510 5100, ważna do 03/29     | nr karty: [card •••• 5100], ważna do 03/29",
        "karta *4012 8888 8888 1881*                       | karta *[card •••• 1881]*",
        "karta 4012 8888 8888 1881 / 123                   | karta [card •••• 1881]",
        "numer 4222222222222 (Visa) odrzucona              | numer [card •••• 2222] (Visa) odrzucona",
        "JCB ３５３０１１１３３３３０００００                      | JCB [card •••• 0000]"})
    void givenACardNumberInAnyFormat_whenMasked_thenOnlyTheLastFourDigitsRemain(String text, String expected) {
        assertThat(CardNumbers.masked(unescaped(text))).isEqualTo(unescaped(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "order 100234 and 100981",
        "zamówienie nr 100234, 100981, 100983",
        "Nova Poshta 20450012345678",
        "ТТН 59000123456789",
        "InPost 612345678901234567890123",
        "DPD 13807501234567",
        "call me at +48 600 700 800",
        "tel. +48 601 234 567, +48 602 345 678",
        "мой телефон +7 (912) 345-67-89, запасной +7 (912) 345-67-90",
        "телефон +380 67 123 45 67 або +380 50 987 65 43",
        "4111 1111 1111 1112",
        "paid 1299 zł on 2026-11-20",
        "kwota 1 299,99 zł, 20.11.2026, 14:30",
        "заплатив 2 599,00 грн 25.11.2026 о 14:30",
        "delivered 2026-11-20 14:30:15",
        "total $1,234,567.89",
        "tracking RR123456785PL"})
    void givenNumbersThatAreNotCards_whenMasked_thenTheTextIsUnchanged(String text) {
        assertThat(CardNumbers.masked(text)).isEqualTo(text);
    }

    private static String unescaped(String row) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            if (row.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(row.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (row.startsWith("\\n", i)) {
                out.append('\n');
                i++;
            } else {
                out.append(row.charAt(i));
            }
        }
        return out.toString();
    }
}
