package dev.tandem.adapters.channels.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the shopper wrote in a reply, without what they replied to: mail programs quote the whole thread below
 * (or above) the new text, and append signatures. The bot should read only the new words, or it would answer
 * its own last answer again. The rules, in order, for each line:
 * <ol>
 *   <li>a line starting with {@code >} is quoted: left out (the text around it stays, for inline replies);</li>
 *   <li>an attribution line ends the reply: "On Mon, … Jane wrote:", "… написал(а):", "… пишет:",
 *       "… написав(ла):", "… пише:", "… napisał(a):", "… pisze:", and Gmail's Russian form that ends with the
 *       sender's address ("чт, 12 нояб. 2026 г. в 10:15, Иван &lt;ivan@example.com&gt;:"); an attribution split over
 *       two lines counts too;</li>
 *   <li>a signature delimiter ({@code -- } alone on a line), a forwarded or original message marker
 *       ("-----Original Message-----" and its ru/uk/pl forms, Outlook's underscore line) and phones'
 *       "Sent from my iPhone" in the four languages end it too.</li>
 * </ol>
 * Surrounding blank lines are trimmed. When nothing is left the answer is empty.
 */
final class QuotedText {

    private static final String WROTE = "(wrote|написал|написала|написал\\(а\\)|пишет|написав|написала|написав\\(ла\\)|"
            + "пише|napisał|napisała|napisał\\(a\\)|pisze)";
    private static final Pattern ATTRIBUTION = Pattern.compile("(?iu)^.*\\b" + WROTE + "\\s*:\\s*$");
    private static final Pattern ATTRIBUTION_START = Pattern.compile("(?iu)^(on|w dniu|dnia|\\d{1,4}[./-]\\d{1,2}|"
            + "(пн|вт|ср|чт|пт|сб|вс|нд)\\.?,|(pon|wt|śr|czw|pt|sob|niedz)\\.?,|(mon|tue|wed|thu|fri|sat|sun)\\w*,)\\b.*");
    private static final Pattern SENDER_ADDRESS_COLON = Pattern.compile("(?u)^.*\\d.*<[^<>\\s]+@[^<>\\s]+>\\s*:\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("^--\\s?$");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile("(?iu)^\\s*-{2,}\\s*(original message|forwarded message|"
            + "исходное сообщение|пересланное сообщение|оригінальне повідомлення|переслане повідомлення|"
            + "wiadomość oryginalna|oryginalna wiadomość|przekazana wiadomość)\\s*-{2,}\\s*$");
    private static final Pattern OUTLOOK_LINE = Pattern.compile("^_{10,}\\s*$");
    private static final Pattern SENT_FROM = Pattern.compile("(?iu)^(sent from my|get outlook for|отправлено с|"
            + "надіслано з|wysłano z|wysłane z)\\b.*");

    private QuotedText() {
    }

    static String reply(String mailText) {
        String[] lines = mailText.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (endsTheReply(line, stripped, i + 1 < lines.length ? lines[i + 1].strip() : "")) {
                break;
            }
            if (stripped.startsWith(">")) {
                continue;
            }
            kept.add(stripTrailing(line));
        }
        return String.join("\n", kept).strip();
    }

    private static boolean endsTheReply(String line, String stripped, String next) {
        if (SIGNATURE.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(stripped).matches()
                || OUTLOOK_LINE.matcher(stripped).matches() || SENT_FROM.matcher(stripped).matches()) {
            return true;
        }
        if (ATTRIBUTION.matcher(stripped).matches() && (ATTRIBUTION_START.matcher(stripped).matches()
                || next.isEmpty() || next.startsWith(">"))) {
            return true;
        }
        if (SENDER_ADDRESS_COLON.matcher(stripped).matches() && (next.isEmpty() || next.startsWith(">"))) {
            return true;
        }
        // "On Tue, 24 Nov 2026 at 10:15, Jane Doe <jane@example.com>" + "wrote:" on the next line.
        return ATTRIBUTION_START.matcher(stripped).matches() && !next.isEmpty()
                && ATTRIBUTION.matcher(stripped + " " + next).matches() && next.length() < 40;
    }

    private static String stripTrailing(String line) {
        return line.replaceAll("\\s+$", "");
    }
}
