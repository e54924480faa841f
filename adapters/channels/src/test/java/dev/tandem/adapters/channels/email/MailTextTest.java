package dev.tandem.adapters.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void givenAnFaqAnswerInMarkdown_thenLinksShowTheirAddressAndEmphasisGoes() {
        String markdown = "**Polska:** BLIK, *karty* i [PayPal](https://lumo.pl/paypal).\n1. Log in and open **My orders**\n"
                + "* a list item stays";

        assertThat(MailText.fromMarkdown(markdown)).isEqualTo("Polska: BLIK, karty i PayPal (https://lumo.pl/paypal).\n"
                + "1. Log in and open My orders\n* a list item stays");
    }

    @Test
    void givenQuickReplies_thenTheyBecomeALineInTheConversationsLanguage() {
        assertThat(MailText.replyWith("uk", List.of("Так, дякую", "Ні"))).isEqualTo("Можна відповісти: Так, дякую / Ні");
        assertThat(MailText.replyWith("pl", List.of("Tak", "Nie"))).isEqualTo("Możesz odpowiedzieć: Tak / Nie");
        assertThat(MailText.replyWith("xx", List.of("Yes"))).isEqualTo("You can reply with: Yes");
    }
}
