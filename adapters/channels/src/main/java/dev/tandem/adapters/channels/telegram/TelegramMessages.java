package dev.tandem.adapters.channels.telegram;

import dev.tandem.bot.conversation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A transcript message as the {@code sendMessage} calls that show it in a chat. FAQ answers (Markdown) become
 * Telegram HTML, everything else is escaped so it reads exactly as written; quick replies become an inline
 * keyboard. A text too long for one Telegram message (4096 characters) goes as plain parts, the keyboard on
 * the last.
 */
final class TelegramMessages {

    static final int MAX_LENGTH = 4096;

    private TelegramMessages() {
    }

    static List<SendMessage> of(long chatId, Message message) {
        SendMessage.InlineKeyboard keyboard = QuickReplyButtons.keyboard(message).orElse(null);
        String html = message.faqId().isPresent() ? TelegramHtml.fromMarkdown(message.text())
                : TelegramHtml.escape(message.text());
        if (html.length() <= MAX_LENGTH) {
            return List.of(new SendMessage(chatId, html, SendMessage.HTML, keyboard));
        }
        List<String> parts = parts(message.text());
        List<SendMessage> calls = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            calls.add(new SendMessage(chatId, parts.get(i), null, i == parts.size() - 1 ? keyboard : null));
        }
        return calls;
    }

    /** Plain text in pieces of at most {@link #MAX_LENGTH}, cut at a line break or space when there is one. */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > MAX_LENGTH) {
            int cut = Math.max(rest.lastIndexOf('\n', MAX_LENGTH), rest.lastIndexOf(' ', MAX_LENGTH));
            if (cut < MAX_LENGTH / 2) {
                cut = Character.isHighSurrogate(rest.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    static Optional<SendMessage> plainFallback(SendMessage formatted, Message message) {
        return formatted.parseMode() == null ? Optional.empty() : Optional.of(formatted.asPlainText(message.text()));
    }
}
