package dev.tandem.bot.customer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One conversation known to belong to whoever has {@code identity}. Conversations sharing an identity are the
 * same customer; so are, in turn, the conversations sharing any other identity of theirs.
 *
 * @param orderNumber the order the shopper verified, for {@link LinkSource#ORDER_VERIFICATION}
 */
public record CustomerLink(String conversationId, Identity identity, LinkSource source, Optional<String> orderNumber,
                           Instant linkedAt) {

    public CustomerLink {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(linkedAt, "linkedAt");
    }
}
