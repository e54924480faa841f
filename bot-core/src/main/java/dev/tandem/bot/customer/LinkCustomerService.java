package dev.tandem.bot.customer;

import dev.tandem.bot.customer.port.CustomerLinks;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** Saves customer links with the time they were learnt; a failing store is logged, never passed on. */
public final class LinkCustomerService implements LinkCustomer {

    private static final System.Logger LOG = System.getLogger(LinkCustomerService.class.getName());

    private final CustomerLinks links;
    private final Clock clock;

    public LinkCustomerService(CustomerLinks links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    @Override
    public Mono<Void> link(String conversationId, Identity identity, LinkSource source, Optional<String> orderNumber) {
        return Mono.defer(() -> links.link(new CustomerLink(conversationId, identity, source, orderNumber, clock.instant())))
                .onErrorResume(failure -> {
                    // The shopper's conversation matters more than the agent's view of their history.
                    LOG.log(Level.WARNING, "Could not link conversation " + conversationId + " to its customer ("
                            + source + "): " + failure);
                    return Mono.empty();
                });
    }
}
