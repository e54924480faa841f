package dev.tandem.adapters.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramHtmlTest {

    @Test
    void givenPlainText_whenEscaped_thenNothingInItIsMarkup() {
        assertThat(TelegramHtml.escape("Tom & Jerry <b>\"x\"</b> *not bold*"))
                .isEqualTo("Tom &amp; Jerry &lt;b&gt;&quot;x&quot;&lt;/b&gt; *not bold*");
    }

    @Test
    void givenFaqMarkdown_whenConverted_thenTheWidgetsSubsetBecomesTelegramTags() {
        String markdown = """
                ## Returns

                1. Open **My orders** and click *Return items*
                   (no account? use [the form](https://lumo.pl/returns)).
                2. Enter `TRK-100234`.

                - BLIK: 1–2 days
                * card: 3–5 days
                Line one
                line two""";

        assertThat(TelegramHtml.fromMarkdown(markdown)).isEqualTo("""
                <b>Returns</b>

                1. Open <b>My orders</b> and click <i>Return items</i> (no account? use <a href="https://lumo.pl/returns">the form</a>).
                2. Enter <code>TRK-100234</code>.

                • BLIK: 1–2 days
                • card: 3–5 days

                Line one
                line two""");
    }

    @Test
    void givenHostileMarkdown_whenConverted_thenHtmlIsEscapedAndOnlySafeLinksSurvive() {
        assertThat(TelegramHtml.fromMarkdown("<script>alert(1)</script> & [click](javascript:void)"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; click");
        assertThat(TelegramHtml.fromMarkdown("[x](https://e.com/?a=1&b=2)"))
                .isEqualTo("<a href=\"https://e.com/?a=1&amp;b=2\">x</a>");
        assertThat(TelegramHtml.fromMarkdown("[x](https://e.com/?q=\"><b>)")).as("not an address: the text only")
                .doesNotContain("<a ").doesNotContain("<b>");
        assertThat(TelegramHtml.fromMarkdown("`<b>` **a <i>** [<x>](mailto:help@lumo.pl)"))
                .isEqualTo("<code>&lt;b&gt;</code> <b>a &lt;i&gt;</b> <a href=\"mailto:help@lumo.pl\">&lt;x&gt;</a>");
    }

    @Test
    void givenUnmatchedOrEscapedMarkers_whenConverted_thenTheyStayText() {
        assertThat(TelegramHtml.fromMarkdown("2 * 3 = 6, snake_case_name, \\*literal\\*, **open"))
                .isEqualTo("2 * 3 = 6, snake_case_name, *literal*, **open");
    }
}
