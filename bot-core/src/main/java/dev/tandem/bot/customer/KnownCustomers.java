package dev.tandem.bot.customer;

import dev.tandem.bot.customer.KnownCustomer.KnownIdentity;
import dev.tandem.bot.customer.KnownCustomer.VerifiedOrder;
import dev.tandem.bot.customer.port.CustomerLinks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Finds the customer behind a conversation by following links: the conversation's identities, the other
 * conversations with those identities, their identities in turn (a Telegram chat where the shopper verified
 * an order by e-mail joins that e-mail's conversations), and so on. The walk is bounded, in rounds and in
 * conversations, so one shared address (a shop's own test account) cannot make it read the whole database.
 */
public final class KnownCustomers {

    static final int MAX_ROUNDS = 4;
    static final int MAX_CONVERSATIONS = 50;

    private final CustomerLinks links;

    public KnownCustomers(CustomerLinks links) {
        this.links = links;
    }

    public Mono<KnownCustomer> behind(String conversationId) {
        Walk walk = new Walk(conversationId);
        // The walk finds who belongs; one last read takes every link of everyone found, for the picture.
        return walk.round(0).then(Mono.defer(() -> links.ofConversations(walk.conversations).collectList()))
                .map(walk::customer);
    }

    /** The state of one walk; its rounds run one after another. */
    private final class Walk {

        private final String start;
        private final Set<String> conversations = new LinkedHashSet<>();
        private final Set<Identity> identities = new HashSet<>();
        private Set<String> frontier;

        Walk(String start) {
            this.start = start;
            this.conversations.add(start);
            this.frontier = Set.of(start);
        }

        Mono<Void> round(int round) {
            if (round >= MAX_ROUNDS || frontier.isEmpty()) {
                return Mono.empty();
            }
            return links.ofConversations(frontier).collectList().flatMap(found -> {
                Set<Identity> fresh = new LinkedHashSet<>();
                found.forEach(link -> {
                    if (identities.add(link.identity())) {
                        fresh.add(link.identity());
                    }
                });
                if (fresh.isEmpty()) {
                    return Mono.<Void>empty();
                }
                return links.withIdentities(fresh).collectList().flatMap(sharing -> {
                    Set<String> next = new LinkedHashSet<>();
                    sharing.stream().sorted(Comparator.comparing(CustomerLink::linkedAt).reversed()).forEach(link -> {
                        if (conversations.size() < MAX_CONVERSATIONS && conversations.add(link.conversationId())) {
                            next.add(link.conversationId());
                        }
                    });
                    frontier = next;
                    return round(round + 1);
                });
            });
        }

        KnownCustomer customer(List<CustomerLink> all) {
            List<CustomerLink> relevant = all.stream().filter(link -> conversations.contains(link.conversationId()))
                    .sorted(Comparator.comparing(CustomerLink::linkedAt).reversed()).toList();
            Map<Identity, LinkSource> strongest = new LinkedHashMap<>();
            relevant.forEach(link -> strongest.merge(link.identity(), link.source(),
                    (one, other) -> one.ordinal() <= other.ordinal() ? one : other));
            List<KnownIdentity> known = strongest.entrySet().stream()
                    .map(entry -> new KnownIdentity(entry.getKey(), entry.getValue()))
                    .sorted(Comparator.comparing((KnownIdentity identity) -> identity.source().ordinal()))
                    .toList();
            List<String> others = new ArrayList<>();
            relevant.forEach(link -> {
                if (!link.conversationId().equals(start) && !others.contains(link.conversationId())) {
                    others.add(link.conversationId());
                }
            });
            Map<String, VerifiedOrder> orders = new LinkedHashMap<>();
            relevant.stream().filter(link -> link.source() == LinkSource.ORDER_VERIFICATION && link.orderNumber().isPresent())
                    .forEach(link -> orders.putIfAbsent(link.orderNumber().get(), new VerifiedOrder(link.orderNumber().get(),
                            link.identity(), link.conversationId(), link.linkedAt())));
            return new KnownCustomer(known, others, List.copyOf(orders.values()));
        }
    }
}
