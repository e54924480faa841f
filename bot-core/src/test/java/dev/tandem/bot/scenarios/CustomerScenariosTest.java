package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.customer.Identity;
import dev.tandem.bot.customer.KnownCustomer.KnownIdentity;
import dev.tandem.bot.customer.KnownCustomer.VerifiedOrder;
import dev.tandem.bot.customer.LinkSource;
import dev.tandem.bot.agentdesk.ViewConversation;
import dev.tandem.bot.agentdesk.ViewConversation.PastConversation;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.intents.Language;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One customer across conversations and channels: what links a conversation to a person (a verified order, a
 * Telegram account, an e-mail sender) and what the agent then sees — the earlier conversations and the orders —
 * so the shopper does not have to tell their story again.
 */
class CustomerScenariosTest {

    private final TestShop shop = TestShop.withAnnaOnline();

    static Stream<OrderLines> languages() {
        return OrderLines.inEachLanguage();
    }

    @InEachLanguage
    void givenAShopperWhoVerifiedAnOrderBefore_whenTheyVerifyAnotherInANewConversation_thenTheAgentSeesBothAndTheOrders(
            OrderLines lines) {
        ShopperSession monday = shop.shopper(lines.language());
        monday.says(lines.whereIsOrderWithNumber());
        assertThat(monday.says("demo@example.com").replies().get(0).text()).contains("TRK-100234");

        shop.advance(Duration.ofDays(2));
        ShopperSession wednesday = shop.shopper(lines.language());
        wednesday.says(lines.whereIsOrderWithNumber().replace("100234", "100981"));
        wednesday.says("DEMO@example.com");

        ViewConversation.CustomerHistory customer = shop.view.details("anna", wednesday.id).block().customer();
        assertThat(customer.identities()).containsExactly(
                new KnownIdentity(Identity.email("demo@example.com"), LinkSource.ORDER_VERIFICATION));
        assertThat(customer.previous()).singleElement().satisfies(previous -> {
            assertThat(previous.id()).isEqualTo(monday.id);
            assertThat(previous.channel()).isEqualTo(Channel.WEB);
            assertThat(previous.startedAt()).isEqualTo(TestShop.WEDNESDAY_MORNING);
            assertThat(previous.state()).isEqualTo(ConversationState.BOT);
            assertThat(previous.summary()).as("the first question asked there").isEqualTo(lines.whereIsOrderWithNumber());
        });
        assertThat(customer.orders()).extracting(VerifiedOrder::orderNumber).containsExactly("100981", "100234");
        assertThat(customer.orders()).extracting(VerifiedOrder::conversationId).containsExactly(wednesday.id, monday.id);
    }

    @InEachLanguage
    void givenAWrongEmail_whenTheOrderIsNotProven_thenTheConversationIsLinkedToNobody(OrderLines lines) {
        ShopperSession owner = shop.shopper(lines.language());
        owner.says(lines.whereIsOrderWithNumber());
        owner.says("demo@example.com");

        ShopperSession stranger = shop.shopper(lines.language());
        stranger.says(lines.whereIsOrderWithNumber());
        stranger.says(lines.wrongEmail());

        assertThat(shop.customerLinks.all()).noneMatch(link -> link.conversationId().equals(stranger.id));
        ViewConversation.CustomerHistory seen = shop.view.details("anna", stranger.id).block().customer();
        assertThat(seen).as("nothing of the order's owner is shown").isEqualTo(ViewConversation.CustomerHistory.NONE);
    }

    @InEachLanguage
    void givenAProvenPhone_whenTheSamePhoneIsProvenWithACountryCode_thenItIsTheSameCustomer(OrderLines lines) {
        ShopperSession first = shop.shopper(lines.language());
        first.says(lines.whereIsOrderWithNumber().replace("100234", "100555"));
        first.says("600 700 800");

        ShopperSession second = shop.shopper(lines.language());
        second.says(lines.whereIsOrderWithNumber().replace("100234", "100555"));
        second.says("+48 600-700-800");

        ViewConversation.CustomerHistory customer = shop.view.details("anna", second.id).block().customer();
        assertThat(customer.identities()).extracting(KnownIdentity::identity).containsExactly(Identity.phone("600700800"));
        assertThat(customer.previous()).extracting(PastConversation::id).containsExactly(first.id);
        assertThat(customer.orders()).extracting(VerifiedOrder::orderNumber).containsExactly("100555");
    }

    @Test
    void givenATelegramChatWhereTheShopperVerifiedByEmail_whenTheyWriteByEmailAndAgainOnTelegram_thenAllThreeAreOneCustomer() {
        ShopperSession telegram = shop.shopper(Channel.TELEGRAM, Language.UK);
        shop.linkCustomer.link(telegram.id, Identity.telegram(4242L), LinkSource.TELEGRAM_ACCOUNT, Optional.empty()).block();
        telegram.says("де моє замовлення 100234?");
        telegram.says("demo@example.com");

        shop.advance(Duration.ofHours(5));
        ShopperSession email = shop.shopper(Channel.EMAIL, Language.UK);
        shop.linkCustomer.link(email.id, Identity.email("Demo@Example.com"), LinkSource.EMAIL_SENDER, Optional.empty())
                .block();
        email.says("Хочу поговорити з людиною");

        shop.advance(Duration.ofHours(5));
        ShopperSession telegramAgain = shop.shopper(Channel.TELEGRAM, Language.UK);
        shop.linkCustomer.link(telegramAgain.id, Identity.telegram(4242L), LinkSource.TELEGRAM_ACCOUNT, Optional.empty())
                .block();

        ViewConversation.CustomerHistory fromEmail = shop.view.details("anna", email.id).block().customer();
        assertThat(fromEmail.previous()).extracting(PastConversation::id).containsExactlyInAnyOrder(telegram.id,
                telegramAgain.id);
        ViewConversation.CustomerHistory fromTelegram = shop.view.details("anna", telegramAgain.id).block().customer();
        assertThat(fromTelegram.previous()).as("newest first").extracting(PastConversation::id)
                .containsExactly(email.id, telegram.id);
        assertThat(fromTelegram.previous()).extracting(PastConversation::channel)
                .containsExactly(Channel.EMAIL, Channel.TELEGRAM);
        assertThat(fromTelegram.previous().get(0).state()).isEqualTo(ConversationState.QUEUED);
        assertThat(fromTelegram.identities()).extracting(KnownIdentity::source).as("strongest proof first")
                .containsExactly(LinkSource.ORDER_VERIFICATION, LinkSource.TELEGRAM_ACCOUNT);
        assertThat(fromTelegram.orders()).extracting(VerifiedOrder::orderNumber).containsExactly("100234");
    }

    @Test
    void givenTheCustomerStoreDown_whenTheShopperVerifiesAnOrder_thenTheyStillGetTheirStatus() {
        shop.customerLinks.failing(true);
        ShopperSession shopper = shop.shopper(Language.PL);
        shopper.says("gdzie jest moje zamówienie 100234?");

        assertThat(shopper.says("demo@example.com").replies().get(0).text()).contains("TRK-100234");
        assertThat(shop.customerLinks.all()).isEmpty();
    }
}
