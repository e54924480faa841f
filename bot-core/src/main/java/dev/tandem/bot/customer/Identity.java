package dev.tandem.bot.customer;

import java.util.Locale;
import java.util.Objects;

/**
 * Something that tells the same shopper again on a later conversation: an e-mail address or phone they proved
 * (the contact on an order they verified), their Telegram account, or the sender of their e-mail. Values are
 * normalised once, here, so the same person always gives the same identity: addresses in lower case, phones as
 * their last nine digits (the order check compares phones the same way, with or without a country code).
 */
public record Identity(Kind kind, String value) {

    private static final int PHONE_DIGITS = 9;

    public enum Kind {
        EMAIL,
        PHONE,
        TELEGRAM
    }

    public Identity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an identity has a value");
        }
    }

    public static Identity email(String address) {
        return new Identity(Kind.EMAIL, address.strip().toLowerCase(Locale.ROOT));
    }

    public static Identity phone(String number) {
        String digits = number.replaceAll("\\D", "");
        return new Identity(Kind.PHONE, digits.length() <= PHONE_DIGITS ? digits
                : digits.substring(digits.length() - PHONE_DIGITS));
    }

    /** A Telegram user by the numeric id Telegram gives them (stable; the username is not). */
    public static Identity telegram(long userId) {
        return new Identity(Kind.TELEGRAM, Long.toString(userId));
    }
}
