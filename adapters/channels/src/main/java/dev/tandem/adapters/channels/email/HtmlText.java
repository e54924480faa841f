package dev.tandem.adapters.channels.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML-only mail, as the shopper saw it: paragraphs, line breaks and list items become lines
 * (empty ones dropped);
 * scripts, styles, images and the quoted thread of common mail programs ({@code blockquote}, Gmail's
 * {@code gmail_quote}, Outlook's reply header) are left out. jsoup parses the HTML the way browsers do, which
 * is what mail HTML needs: it is rarely well-formed.
 */
final class HtmlText {

    private static final String BLOCKS = "p, div, li, tr, h1, h2, h3, h4, h5, h6, table, ul, ol, pre, hr";

    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title, img, blockquote, .gmail_quote, #divRplyFwdMsg, #appendonsend")
                .remove();
        StringBuilder text = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && element.normalName().equals("li")) {
                    newLine(text);
                    text.append("- ");
                } else if (node instanceof Element element && element.is(BLOCKS)) {
                    newLine(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.normalName().equals("br")) {
                    text.append('\n');
                } else if (node instanceof Element element && element.is(BLOCKS)) {
                    newLine(text);
                }
            }
        });
        // Mail HTML is full of indentation and empty paragraphs: the bot needs the lines with words.
        return text.toString().replace('\u00a0', ' ').lines().map(String::strip).filter(line -> !line.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
