package dev.tandem.bot.privacy;

import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Message;
import dev.tandem.intents.entities.EntityExtractor;
import java.util.List;
import java.util.Locale;

/**
 * The e-mail addresses that make a conversation a customer's, as the entity extractor finds them: whole
 * addresses compared lower-case, never a part of one ({@code ann@example.org} is not in
 * {@code joann@example.org} nor in {@code ann@example.org.pl}).
 */
public final class CustomerAddresses {

    /** No deliverable address is longer (RFC 5321 allows 254); a longer match is not an address anyone has. */
    public static final int MAX_LENGTH = 320;

    private CustomerAddresses() {
    }

    /** The addresses a shopper wrote in their own message (an agent's or the bot's messages name nobody's). */
    public static List<String> writtenIn(Message message) {
        return message.author() == Author.SHOPPER ? writtenIn(message.text()) : List.of();
    }

    /** The addresses in a shopper's text, each once, lower-case. */
    public static List<String> writtenIn(String shopperText) {
        return EntityExtractor.emailAddresses(shopperText).stream()
                .filter(address -> address.length() <= MAX_LENGTH)
                .toList();
    }

    /** The address a data request names: exactly one whole address, lower-case. */
    public static String requested(String email) {
        String stripped = email == null ? "" : email.strip();
        List<String> found = EntityExtractor.emailAddresses(stripped);
        if (found.size() != 1 || !found.get(0).equals(stripped.toLowerCase(Locale.ROOT))
                || stripped.length() > MAX_LENGTH) {
            throw new InvalidEmailException("'" + email + "' is not an e-mail address");
        }
        return found.get(0);
    }
}
