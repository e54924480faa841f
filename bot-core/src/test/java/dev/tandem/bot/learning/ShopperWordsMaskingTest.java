package dev.tandem.bot.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What of a shopper's words an editor sees: the wording, never whose it was. */
class ShopperWordsMaskingTest {

    @Test
    void givenContactDetails_whenShownToAnEditor_thenTheyAreMaskedAsInTheLogs() {
        assertThat(ShopperWordsMasking.forEditors("write to anna.kowalska@example.pl or call +48 600 700 812"))
                .isEqualTo("write to a***@example.pl or call +** *** *** *12");
    }

    @Test
    void givenACardNumber_whenShownToAnEditor_thenOnlyItsLastFourDigitsStay() {
        assertThat(ShopperWordsMasking.forEditors("charged twice on 4111 1111 1111 1111"))
                .isEqualTo("charged twice on [card •••• 1111]");
    }

    @Test
    void givenOrderAndParcelNumbers_whenShownToAnEditor_thenTheyBecomePlaceholders() {
        assertThat(ShopperWordsMasking.forEditors("where is order 1048577, parcel RR123456785PL?"))
                .isEqualTo("where is order [order number], parcel [tracking number]?");
        assertThat(ShopperWordsMasking.forEditors("де посилка TRK-20931? InPost 620123456789012345678901"))
                .isEqualTo("де посилка [tracking number]? InPost [tracking number]");
    }

    @Test
    void givenWordsWithoutPersonalData_whenShownToAnEditor_thenTheyAreUnchanged() {
        assertThat(ShopperWordsMasking.forEditors("do you ship to Norway in 3 days for 25 zł?"))
                .isEqualTo("do you ship to Norway in 3 days for 25 zł?");
        assertThat(ShopperWordsMasking.forEditors("zamówiłem 2026-11-25")).isEqualTo("zamówiłem 2026-11-25");
    }
}
