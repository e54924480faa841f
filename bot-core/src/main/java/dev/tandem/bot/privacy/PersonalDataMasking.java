package dev.tandem.bot.privacy;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a customer's personal data may reach a log line or an editor's screen: card numbers keep their last
 * four digits (as everywhere, {@link CardNumbers}), e-mail addresses their first letter and domain
 * ({@code j***@example.com}, in any script), phone numbers their last two digits ({@code +** *** *** *67}). The
 * text is read after Unicode NFKC (full-width digits and {@code ＠}, non-breaking spaces). A phone is 9–15 digits,
 * optionally with a leading {@code +} (also right after {@code phone:} or {@code /}) and grouped by spaces of any
 * kind, dashes or parentheses; dates ({@code 2026-11-25 16…}) are not phones. When in doubt a long digit run is
 * masked: a log line loses little, a leaked number is for good.
 */
public final class PersonalDataMasking {

    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])([\\w.+-])[\\w.+-]*@([\\w-]+(?:\\.[\\w-]+)+)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final String GAP = "[\\s\\u200B\\u2060\\uFEFF()\\-\\u2010-\\u2015]";
    private static final Pattern PHONE = Pattern.compile(
            "(?:(?<![\\w+])\\+|(?<![\\w.+-]))\\(?\\d(?:" + GAP + "*\\d){7,}(?![\\w.:/-]*\\w)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*", Pattern.DOTALL);

    private PersonalDataMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String normalized = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        String masked = CardNumbers.masked(normalized);
        if (masked.indexOf('@') >= 0) {
            masked = EMAIL.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "***@" + match.group(2)));
        }
        return PHONE.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(phone(match.group())));
    }

    private static String phone(String candidate) {
        long digits = candidate.chars().filter(Character::isDigit).count();
        if (digits < 9 || digits > 15 || DATE.matcher(candidate).matches()) {
            return candidate;
        }
        StringBuilder masked = new StringBuilder(candidate.length());
        long seen = 0;
        for (char c : candidate.toCharArray()) {
            masked.append(Character.isDigit(c) && ++seen <= digits - 2 ? '*' : c);
        }
        return masked.toString();
    }
}
