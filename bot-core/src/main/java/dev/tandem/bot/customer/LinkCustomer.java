package dev.tandem.bot.customer;

import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Use case: a channel or the order check learnt who the shopper of a conversation is. The link is what lets an
 * agent see the customer's earlier conversations and orders; it never gets in the way of the conversation
 * itself, so a link that cannot be saved is reported and the conversation goes on.
 */
public interface LinkCustomer {

    /** Links nothing; for a shop that does not keep customers (and for tests of other things). */
    LinkCustomer NONE = (conversationId, identity, source, orderNumber) -> Mono.empty();

    /** Completes when the link is saved, or, if saving failed, once the failure is reported. */
    Mono<Void> link(String conversationId, Identity identity, LinkSource source, Optional<String> orderNumber);
}
