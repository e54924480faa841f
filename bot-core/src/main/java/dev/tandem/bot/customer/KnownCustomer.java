package dev.tandem.bot.customer;

import java.time.Instant;
import java.util.List;

/**
 * Who is behind a conversation, as far as Tandem knows: the identities linked to it, directly or through other
 * conversations of theirs, those other conversations, and the orders they verified.
 *
 * @param identities    every identity of the customer, each with how it was learnt (the strongest source first)
 * @param conversations the customer's other conversations (not the one asked about), newest link first
 * @param orders        the orders the customer verified, each once, most recent first
 */
public record KnownCustomer(List<KnownIdentity> identities, List<String> conversations, List<VerifiedOrder> orders) {

    public static final KnownCustomer UNKNOWN = new KnownCustomer(List.of(), List.of(), List.of());

    public KnownCustomer {
        identities = List.copyOf(identities);
        conversations = List.copyOf(conversations);
        orders = List.copyOf(orders);
    }

    public boolean isKnown() {
        return !identities.isEmpty();
    }

    public record KnownIdentity(Identity identity, LinkSource source) {
    }

    /** @param conversationId where the shopper proved it */
    public record VerifiedOrder(String orderNumber, Identity provedWith, String conversationId, Instant verifiedAt) {
    }
}
