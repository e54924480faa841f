package dev.tandem.kb;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders an FAQ answer's Markdown to the HTML shoppers get. The FAQ reader and the editor's preview share it, so
 * the preview is exactly what the shopper will see.
 */
public final class AnswerHtml {

    /** Raw HTML in an answer is shown as text and javascript: links are dropped: answers reach shoppers' browsers. */
    static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Parser MARKDOWN = Parser.builder().build();

    private AnswerHtml() {
    }

    public static String render(String markdown) {
        return RENDERER.render(MARKDOWN.parse(markdown.strip()));
    }
}
