package dev.tandem.bot.customer.port;

import dev.tandem.bot.customer.CustomerLink;
import dev.tandem.bot.customer.Identity;
import java.util.Collection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Durable links between conversations and the identities of the shoppers behind them. */
public interface CustomerLinks {

    /** Saves the link; saving the same conversation, identity and order again changes nothing. */
    Mono<Void> link(CustomerLink link);

    /** Every link of these conversations. */
    Flux<CustomerLink> ofConversations(Collection<String> conversationIds);

    /** Every link to any of these identities. */
    Flux<CustomerLink> withIdentities(Collection<Identity> identities);
}
