package dev.tandem.bot.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.fixtures.InMemoryCustomerLinks;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownCustomersTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private final InMemoryCustomerLinks links = new InMemoryCustomerLinks();
    private final KnownCustomers customers = new KnownCustomers(links);

    @Test
    void givenAConversationLinkedToNobody_thenTheCustomerIsUnknown() {
        assertThat(customers.behind("c-1").block()).isEqualTo(KnownCustomer.UNKNOWN);
    }

    @Test
    void givenAChainOfSharedIdentities_whenWalked_thenEveryConversationOnTheChainIsTheSameCustomer() {
        link("tg-1", Identity.telegram(7), LinkSource.TELEGRAM_ACCOUNT, 0);
        link("tg-1", Identity.email("a@example.com"), LinkSource.ORDER_VERIFICATION, 1);
        link("mail-1", Identity.email("a@example.com"), LinkSource.EMAIL_SENDER, 2);
        link("mail-1", Identity.phone("600700800"), LinkSource.ORDER_VERIFICATION, 3);
        link("web-1", Identity.phone("+48600700800"), LinkSource.ORDER_VERIFICATION, 4);
        link("stranger", Identity.email("b@example.com"), LinkSource.EMAIL_SENDER, 5);

        KnownCustomer customer = customers.behind("tg-1").block();

        assertThat(customer.conversations()).containsExactlyInAnyOrder("mail-1", "web-1");
        assertThat(customer.identities()).extracting(known -> known.identity().kind())
                .containsExactlyInAnyOrder(Identity.Kind.TELEGRAM, Identity.Kind.EMAIL, Identity.Kind.PHONE);
        assertThat(customer.identities()).filteredOn(known -> known.identity().kind() == Identity.Kind.EMAIL)
                .singleElement().extracting(KnownCustomer.KnownIdentity::source)
                .as("verified beats merely sent from").isEqualTo(LinkSource.ORDER_VERIFICATION);
    }

    @Test
    void givenOneAddressSharedByVeryManyConversations_whenWalked_thenTheWalkStopsAtItsBound() {
        for (int i = 0; i < KnownCustomers.MAX_CONVERSATIONS * 3; i++) {
            link("c-" + i, Identity.email("shared@example.com"), LinkSource.EMAIL_SENDER, i);
        }

        KnownCustomer customer = customers.behind("c-0").block();

        assertThat(customer.conversations()).hasSize(KnownCustomers.MAX_CONVERSATIONS - 1);
    }

    private void link(String conversation, Identity identity, LinkSource source, int minutes) {
        links.link(new CustomerLink(conversation, identity, source, source == LinkSource.ORDER_VERIFICATION
                ? Optional.of("1000" + minutes) : Optional.empty(), T0.plusSeconds(60L * minutes))).block();
    }
}
