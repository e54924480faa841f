package dev.tandem.adapters.channels.email;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot's words as a plain-text mail. FAQ answers are Markdown: links become "text (address)", emphasis
 * marks go, lists stay as they read. Quick-reply buttons cannot be pressed in a mail, so they become a line
 * saying what the shopper can answer, in the conversation's language.
 */
final class MailText {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((\\S+?)\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*\\n]+?)(?<!\\s)\\*(?![\\w*])");
    private static final Map<String, String> REPLY_WITH = Map.of(
            "en", "You can reply with: %s",
            "ru", "Можно ответить: %s",
            "uk", "Можна відповісти: %s",
            "pl", "Możesz odpowiedzieć: %s");

    private MailText() {
    }

    static String fromMarkdown(String markdown) {
        Matcher links = LINK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (links.find()) {
            String label = links.group(1);
            String url = links.group(2);
            links.appendReplacement(out, Matcher.quoteReplacement(label.equals(url) ? url : label + " (" + url + ")"));
        }
        links.appendTail(out);
        String text = STRONG.matcher(out.toString()).replaceAll("$2");
        return EMPHASIS.matcher(text).replaceAll("$1");
    }

    static String replyWith(String language, List<String> options) {
        return REPLY_WITH.getOrDefault(language, REPLY_WITH.get("en")).formatted(String.join(" / ", options));
    }
}
