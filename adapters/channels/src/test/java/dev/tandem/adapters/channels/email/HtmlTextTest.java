package dev.tandem.adapters.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void givenAnHtmlOnlyMail_thenParagraphsBreaksAndListsBecomeLinesAndEntitiesText() {
        String html = """
                <html><head><style>p{color:red}</style><title>x</title></head><body>
                <div dir="ltr"><p>Dzie&#324; dobry,</p><p>gdzie jest moje zam&oacute;wienie&nbsp;100234?<br>Dzi&#281;kuj&#281;</p>
                <ul><li>kurtka</li><li>buty</li></ul><script>alert(1)</script></div></body></html>""";

        assertThat(HtmlText.of(html)).isEqualTo("Dzień dobry,\ngdzie jest moje zamówienie 100234?\nDziękuję\n- kurtka\n- buty");
    }

    @Test
    void givenGmailAndOutlookQuotedBlocks_thenTheyAreLeftOut() {
        String html = """
                <div>Thanks, one more question: can I pay with BLIK?</div>
                <div class="gmail_quote"><div>On Tue, Lumo wrote:</div><blockquote>We accept cards.</blockquote></div>""";

        assertThat(HtmlText.of(html)).isEqualTo("Thanks, one more question: can I pay with BLIK?");
    }

    @Test
    void givenMalformedHtml_thenTheTextIsStillRead() {
        assertThat(HtmlText.of("<p>Где мой <b>заказ</p> 100234?<div>Спасибо")).isEqualTo("Где мой заказ\n100234?\nСпасибо");
    }
}
