package dev.tandem.bot.conversation;

import java.util.Locale;
import java.util.Optional;

/** Where the shopper writes from. The channel decides queue priority (live chat before e-mail). */
public enum Channel {
    WEB,
    EMAIL,
    TELEGRAM;

    public static Optional<Channel> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
