package dev.tandem.bot.text;

import dev.tandem.bot.privacy.CardNumbers;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one rule for text a person types into a conversation (a shopper's message, an agent's reply, a rating
 * comment), applied before anything stores, classifies, logs or shows it, so every database holds the same:
 * text that is not valid Unicode (a lone surrogate) is refused; control characters other than tab and newline
 * are removed (a carriage return becomes a newline); blank or too long text is refused; card numbers are masked
 * ({@link CardNumbers}).
 */
public final class ChatText {

    /** A chat message, the shopper's or an agent's, longer than this is refused rather than cut: nothing is lost. */
    public static final int MESSAGE_LENGTH = 4000;

    private ChatText() {
    }

    /** A chat message as it may be kept: the rule above, with the length of a chat message. */
    public static String message(String typed, Function<String, ? extends RuntimeException> refusal) {
        return required(typed, MESSAGE_LENGTH, refusal);
    }

    /**
     * @param refusal makes the caller's exception from the reason, which is written for the client
     * @return the text as it may be kept
     */
    public static String required(String typed, int maxLength, Function<String, ? extends RuntimeException> refusal) {
        return optional(typed, maxLength, refusal).orElseThrow(() -> refusal.apply("text must not be blank"));
    }

    /** As {@link #required}, but blank text is simply no text. */
    public static Optional<String> optional(String typed, int maxLength,
                                            Function<String, ? extends RuntimeException> refusal) {
        if (typed == null) {
            return Optional.empty();
        }
        int surrogate = loneSurrogate(typed);
        if (surrogate >= 0) {
            throw refusal.apply("text is not valid Unicode: a lone surrogate (U+"
                    + Integer.toHexString(typed.charAt(surrogate)).toUpperCase(Locale.ROOT) + ") at character "
                    + surrogate);
        }
        String text = withoutControlCharacters(typed).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            throw refusal.apply("text is " + text.length() + " characters long; at most " + maxLength + " are accepted");
        }
        return Optional.of(CardNumbers.masked(text));
    }

    /**
     * Control characters (U+0000–U+001F, U+007F–U+009F) other than tab and newline removed; a carriage return
     * becomes a newline. For any typed text before it is stored: PostgreSQL refuses U+0000, H2 keeps it.
     */
    public static String withoutControlCharacters(String text) {
        int first = firstUnwanted(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        kept.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    kept.append('\n');
                }
            } else if (!unwanted(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * Lone surrogates (half a character, which no database can store as text) left out, pairs kept: for words a
     * person sends alongside their message that cannot be refused without losing the message, such as a name.
     */
    public static String withoutLoneSurrogates(String text) {
        int lone = loneSurrogate(text);
        if (lone < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * One line (runs of white space made one space) of at most {@code maxLength} UTF-16 units, ending in "…" when
     * cut; never cut inside a character (an emoji's surrogate pair).
     */
    public static String oneLine(String text, int maxLength) {
        String line = String.join(" ", text.strip().split("\\s+"));
        return line.length() <= maxLength ? line : cut(line, maxLength - 1) + "…";
    }

    /** At most {@code maxLength} UTF-16 units (what a {@code VARCHAR} column counts), cut between characters. */
    public static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return text.substring(0, end);
    }

    private static int firstUnwanted(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || unwanted(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unwanted(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n';
    }

    private static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
