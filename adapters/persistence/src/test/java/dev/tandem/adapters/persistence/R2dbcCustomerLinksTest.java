package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.customer.CustomerLink;
import dev.tandem.bot.customer.Identity;
import dev.tandem.bot.customer.KnownCustomer;
import dev.tandem.bot.customer.KnownCustomers;
import dev.tandem.bot.customer.LinkSource;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Customer links on the real migrations (H2): saved once, found by conversation and by identity. */
class R2dbcCustomerLinksTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final H2TestDatabase database = new H2TestDatabase();
    private final R2dbcCustomerLinks links = new R2dbcCustomerLinks(database.client);

    @Test
    void givenTheSameLinkSavedTwice_whenRead_thenItIsThereOnce() {
        conversation("c-1");
        CustomerLink verified = new CustomerLink("c-1", Identity.email("demo@example.com"), LinkSource.ORDER_VERIFICATION,
                Optional.of("100234"), NOW);

        links.link(verified).block();
        links.link(verified).block();
        links.link(new CustomerLink("c-1", Identity.email("demo@example.com"), LinkSource.ORDER_VERIFICATION,
                Optional.of("100981"), NOW.plusSeconds(60))).block();

        assertThat(links.ofConversations(List.of("c-1")).collectList().block())
                .extracting(link -> link.orderNumber().orElseThrow()).containsExactly("100234", "100981");
        assertThat(links.ofConversations(List.of("c-1")).blockFirst()).isEqualTo(verified);
    }

    @Test
    void givenTwoChannelsSharingAnAddress_whenWalked_thenTheyAreOneCustomerAndAStrangerIsNot() {
        conversation("telegram");
        conversation("mail");
        conversation("stranger");
        links.link(new CustomerLink("telegram", Identity.telegram(4242), LinkSource.TELEGRAM_ACCOUNT, Optional.empty(), NOW))
                .block();
        links.link(new CustomerLink("telegram", Identity.email("demo@example.com"), LinkSource.ORDER_VERIFICATION,
                Optional.of("100234"), NOW)).block();
        links.link(new CustomerLink("mail", Identity.email("demo@example.com"), LinkSource.EMAIL_SENDER, Optional.empty(),
                NOW.plusSeconds(3600))).block();
        links.link(new CustomerLink("stranger", Identity.email("other@example.com"), LinkSource.EMAIL_SENDER,
                Optional.empty(), NOW)).block();

        KnownCustomer customer = new KnownCustomers(links).behind("mail").block();

        assertThat(customer.conversations()).containsExactly("telegram");
        assertThat(customer.orders()).extracting(KnownCustomer.VerifiedOrder::orderNumber).containsExactly("100234");
        assertThat(links.withIdentities(List.of(Identity.email("DEMO@example.com"))).collectList().block())
                .extracting(CustomerLink::conversationId).containsExactly("mail", "telegram");
    }

    private void conversation(String id) {
        database.conversation(id, NOW.atOffset(ZoneOffset.UTC));
    }
}
