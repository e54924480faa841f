package dev.tandem.adapters.channels.telegram;

import dev.tandem.bot.conversation.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's quick replies as an inline keyboard, one button per row. A button's callback data is its label,
 * which comes back as the shopper's message; Telegram allows at most 64 bytes of callback data, so a longer
 * label (32 Cyrillic letters are already 64 bytes) is sent as {@code qr:<seq>:<index>} — which message, which
 * button — and looked up in the transcript when pressed.
 */
final class QuickReplyButtons {

    static final int MAX_CALLBACK_BYTES = 64;
    private static final Pattern REFERENCE = Pattern.compile("qr:(\\d{1,18}):(\\d{1,3})");

    private QuickReplyButtons() {
    }

    /** A button by its place in the transcript. */
    record Reference(long seq, int index) {
    }

    static Optional<SendMessage.InlineKeyboard> keyboard(Message message) {
        List<String> labels = message.quickReplies();
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        List<List<SendMessage.Button>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(List.of(new SendMessage.Button(labels.get(i), callbackData(labels.get(i), message.seq(), i))));
        }
        return Optional.of(new SendMessage.InlineKeyboard(rows));
    }

    static String callbackData(String label, long seq, int index) {
        boolean fits = label.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES;
        return fits && reference(label).isEmpty() ? label : "qr:" + seq + ":" + index;
    }

    /** The button a callback refers to by place; empty when the callback data is the label itself. */
    static Optional<Reference> reference(String callbackData) {
        Matcher matcher = REFERENCE.matcher(callbackData);
        return matcher.matches()
                ? Optional.of(new Reference(Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }
}
