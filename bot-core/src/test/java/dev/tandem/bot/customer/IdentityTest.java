package dev.tandem.bot.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void givenAddressesInAnyCase_whenNormalised_thenTheyAreOneIdentity() {
        assertThat(Identity.email("  Demo@Example.COM ")).isEqualTo(Identity.email("demo@example.com"));
    }

    @Test
    void givenOnePhoneWrittenThreeWays_whenNormalised_thenTheLastNineDigitsDecide() {
        assertThat(Identity.phone("+48 600-700-800")).isEqualTo(Identity.phone("600 700 800"))
                .isEqualTo(Identity.phone("0048600700800"));
        assertThat(Identity.phone("+48 600 700 801")).isNotEqualTo(Identity.phone("600700800"));
    }

    @Test
    void givenATelegramUser_thenTheNumericIdIsTheIdentity() {
        assertThat(Identity.telegram(4242L)).isEqualTo(new Identity(Identity.Kind.TELEGRAM, "4242"));
    }

    @Test
    void givenABlankValue_thenItIsNoIdentity() {
        assertThatThrownBy(() -> Identity.phone("no digits")).isInstanceOf(IllegalArgumentException.class);
    }
}
