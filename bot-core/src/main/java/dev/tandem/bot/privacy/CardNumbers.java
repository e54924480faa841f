package dev.tandem.bot.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers typed into a chat ("my card 4111 1111 1111 1111 was charged twice") are masked
 * before anything is stored, classified, logged or shown to an agent: only the last four digits stay, which
 * is what an agent needs to tell cards apart. A number counts as a card when it has 13–19 digits (grouped
 * by single spaces or dashes or not at all), passes the Luhn check and starts like a card (Visa, Mastercard,
 * Amex, Maestro, JCB, Discover, UnionPay): so order numbers, parcel numbers (Nova Poshta's 20…/59…,
 * InPost's 24 digits) and phone numbers are left alone.
 */
public final class CardNumbers {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])");
    private static final Pattern CARD_START = Pattern.compile("4|5[0-8]|2[2-7]|3[4-7]|6");

    private CardNumbers() {
    }

    public static String masked(String text) {
        Matcher candidates = CANDIDATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        while (candidates.find()) {
            String digits = candidates.group().replaceAll("[ -]", "");
            if (isCard(digits)) {
                candidates.appendReplacement(out, "[card •••• " + digits.substring(digits.length() - 4) + "]");
                changed = true;
            } else {
                candidates.appendReplacement(out, Matcher.quoteReplacement(candidates.group()));
            }
        }
        candidates.appendTail(out);
        return changed ? out.toString() : text;
    }

    static boolean isCard(String digits) {
        return digits.length() >= 13 && digits.length() <= 19
                && CARD_START.matcher(digits).lookingAt()
                && !digits.startsWith("59") && !digits.startsWith("20")
                && luhn(digits);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
