package dev.tandem.adapters.channels.telegram;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for Telegram's HTML parse mode. Plain text is escaped ({@code & < >}) so nothing in it is read as markup;
 * FAQ answers are Markdown and become the few tags Telegram knows, with the same subset and the same rules as
 * the web widget's renderer ({@code static/widget/markdown.js}): paragraphs and line breaks, bullet and
 * numbered lists (as "•" and "1." lines), headings (bold lines), **bold**, *italic*, `code` and
 * [links](https://…) — links only to http, https and mailto; any other link keeps its text and loses the link.
 */
final class TelegramHtml {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,3}(?:([-*+])|(\\d{1,9})[.)])\\s+(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s+\\S.*");
    private static final Pattern ESCAPED = Pattern.compile("\\\\[\\\\`*_\\[\\]()#+\\-.!<>]");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)([\\s\\S]*?\\S)\\1");
    private static final Pattern EM = Pattern.compile("(\\*|_)(?=\\S)([\\s\\S]*?\\S)\\1(?!\\1)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    private TelegramHtml() {
    }

    /** Text shown exactly as written. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A Markdown FAQ answer as Telegram HTML. */
    static String fromMarkdown(String markdown) {
        List<String> rendered = new ArrayList<>();
        for (Block block : blocks(markdown)) {
            rendered.add(switch (block.kind) {
                case HEADING -> "<b>" + inline(block.lines.get(0)) + "</b>";
                case PARAGRAPH -> String.join("\n", block.lines.stream().map(TelegramHtml::inline).toList());
                case BULLETS, NUMBERED -> {
                    List<String> items = new ArrayList<>();
                    for (int i = 0; i < block.lines.size(); i++) {
                        String marker = block.kind == Kind.NUMBERED ? (block.start + i) + ". " : "• ";
                        items.add(marker + inline(block.lines.get(i)));
                    }
                    yield String.join("\n", items);
                }
            });
        }
        return String.join("\n\n", rendered);
    }

    private enum Kind { PARAGRAPH, HEADING, BULLETS, NUMBERED }

    private static final class Block {
        final Kind kind;
        final long start;
        final List<String> lines = new ArrayList<>();

        Block(Kind kind, long start) {
            this.kind = kind;
            this.start = start;
        }
    }

    private static List<Block> blocks(String source) {
        List<Block> result = new ArrayList<>();
        Block current = null;
        for (String raw : source.replaceAll("\r\n?", "\n").split("\n", -1)) {
            String line = raw.stripTrailing();
            if (line.isBlank()) {
                current = null;
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                boolean numbered = item.group(2) != null;
                Kind kind = numbered ? Kind.NUMBERED : Kind.BULLETS;
                if (current == null || current.kind != kind) {
                    current = new Block(kind, numbered ? Long.parseLong(item.group(2)) : 1);
                    result.add(current);
                }
                current.lines.add(item.group(3));
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                Block title = new Block(Kind.HEADING, 1);
                title.lines.add(heading.group(1));
                result.add(title);
                current = null;
                continue;
            }
            if (current != null && (current.kind == Kind.BULLETS || current.kind == Kind.NUMBERED)
                    && CONTINUATION.matcher(raw).matches()) {
                int last = current.lines.size() - 1;
                current.lines.set(last, current.lines.get(last) + " " + line.strip());
                continue;
            }
            if (current == null || current.kind != Kind.PARAGRAPH) {
                current = new Block(Kind.PARAGRAPH, 1);
                result.add(current);
            }
            current.lines.add(line.strip());
        }
        return result;
    }

    /** Inline Markdown to HTML; markers without a partner stay as text. */
    private static String inline(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            Matcher m;
            if ((m = at(ESCAPED, text, i)) != null) {
                plain.append(text.charAt(i + 1));
                i = m.end();
                continue;
            }
            if ((m = at(CODE, text, i)) != null) {
                flush(out, plain).append("<code>").append(escape(m.group(1))).append("</code>");
            } else if ((m = at(STRONG, text, i)) != null) {
                flush(out, plain).append("<b>").append(inline(m.group(2))).append("</b>");
            } else if ((m = at(EM, text, i)) != null && !(m.group(1).equals("_") && i > 0
                    && isWordCharacter(text.charAt(i - 1)))) {
                flush(out, plain).append("<i>").append(inline(m.group(2))).append("</i>");
            } else if ((m = at(LINK, text, i)) != null) {
                String label = inline(m.group(1));
                String href = safeUrl(m.group(2));
                flush(out, plain).append(href == null ? label : "<a href=\"" + escape(href) + "\">" + label + "</a>");
            } else {
                plain.append(text.charAt(i));
                i++;
                continue;
            }
            i = m.end();
        }
        return flush(out, plain).toString();
    }

    private static Matcher at(Pattern pattern, String text, int from) {
        Matcher matcher = pattern.matcher(text).region(from, text.length());
        return matcher.lookingAt() ? matcher : null;
    }

    private static StringBuilder flush(StringBuilder out, StringBuilder plain) {
        out.append(escape(plain.toString()));
        plain.setLength(0);
        return out;
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The address if it is absolute and http(s) or mailto; otherwise null. */
    static String safeUrl(String href) {
        try {
            URI uri = new URI(href);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute() && SAFE_SCHEMES.contains(scheme) ? uri.toString() : null;
        } catch (Exception notAUri) {
            return null;
        }
    }
}
