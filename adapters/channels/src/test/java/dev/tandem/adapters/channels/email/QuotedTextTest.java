package dev.tandem.adapters.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the bot reads of a reply: the shopper's new words, not the thread they quote or their signature. */
class QuotedTextTest {

    @Test
    void givenAReplyAboveAnEnglishAttributionAndQuote_thenOnlyTheNewTextIsKept() {
        String mail = """
                And how long does delivery to Kraków take?

                On Tue, 24 Nov 2026 at 10:15, Lumo support <support@lumo.example> wrote:
                > We accept BLIK, cards and PayPal.
                > Was this helpful?
                """;

        assertThat(QuotedText.reply(mail)).isEqualTo("And how long does delivery to Kraków take?");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "вт, 24 нояб. 2026 г. в 10:15, Lumo support <support@lumo.example>:",
        "24.11.2026 10:15, Lumo support пишет:",
        "Lumo support <support@lumo.example> написал(а):",
        "вт, 24 лист. 2026 р. о 10:15 Lumo support <support@lumo.example> пише:",
        "Lumo support написав(ла):",
        "wt., 24 lis 2026 o 10:15 Lumo support <support@lumo.example> napisał(a):",
        "W dniu 24.11.2026 o 10:15, Lumo support pisze:",
        "On 24/11/2026 10:15, Lumo support wrote:"})
    void givenTheAttributionLineOfEachLanguage_thenTheQuoteBelowIsCut(String attribution) {
        String mail = "Спасибо, а сколько идёт доставка?\n\n" + attribution + "\n> Мы принимаем BLIK и карты.\n";

        assertThat(QuotedText.reply(mail)).isEqualTo("Спасибо, а сколько идёт доставка?");
    }

    @Test
    void givenAnAttributionWrappedOverTwoLines_thenItStillEndsTheReply() {
        String mail = """
                Thanks!
                On Tue, 24 Nov 2026 at 10:15, Lumo support <support@lumo.example>
                wrote:
                > text
                """;

        assertThat(QuotedText.reply(mail)).isEqualTo("Thanks!");
    }

    @Test
    void givenInlineReplies_thenQuotedLinesGoAndTheShoppersLinesBetweenThemStay() {
        String mail = """
                > Which order do you mean?
                100234
                > And the e-mail on it?
                demo@example.com
                """;

        assertThat(QuotedText.reply(mail)).isEqualTo("100234\ndemo@example.com");
    }

    @Test
    void givenASignatureDelimiter_thenTheSignatureGoes() {
        String mail = "Gdzie jest moja paczka?\r\n\r\n-- \r\nAnna Nowak\r\ntel. 600 700 800\r\n";

        assertThat(QuotedText.reply(mail)).isEqualTo("Gdzie jest moja paczka?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sent from my iPhone", "Отправлено с iPhone", "Надіслано з iPhone", "Wysłane z iPhone'a",
        "-----Original Message-----", "-------- Пересланное сообщение --------", "-----Wiadomość oryginalna-----",
        "________________________________"})
    void givenAPhoneFooterOrAnOriginalMessageMarker_thenWhatFollowsGoes(String marker) {
        String mail = "Де моє замовлення 100234?\n" + marker + "\nFrom: Lumo support\nSubject: Re: order\n";

        assertThat(QuotedText.reply(mail)).isEqualTo("Де моє замовлення 100234?");
    }

    @Test
    void givenASentenceThatMerelyMentionsWriting_thenNothingIsCut() {
        String mail = "My friend wrote a review of the jacket.\nIs it still available in size M?";

        assertThat(QuotedText.reply(mail)).isEqualTo(mail);
    }

    @Test
    void givenOnlyAQuote_thenNothingIsLeft() {
        assertThat(QuotedText.reply("> old text\n> more\n")).isEmpty();
    }
}
