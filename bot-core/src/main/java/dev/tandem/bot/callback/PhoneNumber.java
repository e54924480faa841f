package dev.tandem.bot.callback;

import java.util.regex.Pattern;

/**
 * A number to call back, as typed by the shopper and kept in one form: an optional leading {@code +} and its
 * digits ({@code +48600100200}). Spaces, dashes, dots, slashes and brackets between the digits are allowed when
 * typing; 7 to 15 digits (the longest international number, ITU E.164).
 */
public record PhoneNumber(String value) {

    private static final Pattern TYPED = Pattern.compile("\\+?[0-9][0-9 \\-./()\\u00A0]*[0-9)]");
    static final String RULE = "a phone number of 7 to 15 digits, e.g. +48 600 100 200";

    public PhoneNumber {
        if (!value.matches("\\+?[0-9]{7,15}")) {
            throw new InvalidCallbackException("phone must be " + RULE);
        }
    }

    public static PhoneNumber parse(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidCallbackException("phone is missing: send " + RULE);
        }
        if (trimmed.length() > 40 || !TYPED.matcher(trimmed).matches()) {
            throw new InvalidCallbackException("phone must be " + RULE + " (only digits, spaces, dashes and a leading +)");
        }
        return new PhoneNumber((trimmed.startsWith("+") ? "+" : "") + trimmed.replaceAll("[^0-9]", ""));
    }
}
