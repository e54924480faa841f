package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.shopper.HandleShopperMessage.Outcome;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.bot.orders.OrderStatus;
import dev.tandem.intents.Language;
import java.time.Duration;
import java.util.stream.Stream;

/** "Where is my order?" end to end, in each language: verified before anything is revealed. */
class OrderScenariosTest {

    private final TestShop shop = TestShop.withAnnaOnline();

    static Stream<OrderLines> languages() {
        return OrderLines.inEachLanguage();
    }

    @InEachLanguage
    void givenAnOrderNumber_whenTheShopperProvesItWithTheEmailOnTheOrder_thenTheStatusAndTrackingAreShown(
            OrderLines lines) {
        ShopperSession shopper = shop.shopper(lines.language());

        Outcome asked = shopper.says(lines.whereIsOrderWithNumber());
        assertThat(asked.replies()).singleElement().satisfies(reply ->
                assertThat(reply.text()).isEqualTo(lines.text("order.ask-contact", "100234")));

        Outcome status = shopper.says("demo@example.com");
        assertThat(status.state()).isEqualTo(ConversationState.BOT);
        assertThat(status.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).startsWith(lines.text("order.status.shipped", "100234", "InPost"))
                    .contains("TRK-100234").contains("https://lumo.example/track/TRK-100234");
            assertThat(reply.faqId()).isEmpty();
        });
        assertThat(shopper.says(lines.whereIsOrderWithNumber()).replies().get(0).text())
                .as("asked again, the proven order is not verified twice").contains("TRK-100234");
    }

    @InEachLanguage
    void givenWrongContacts_whenTriedThreeTimes_thenNothingIsRevealedAndAPersonTakesOver(OrderLines lines) {
        ShopperSession shopper = shop.shopper(lines.language());

        assertThat(shopper.says(lines.whereIsOrder()).replies().get(0).text()).isEqualTo(lines.text("order.ask-number"));
        assertThat(shopper.says("100234").replies().get(0).text()).isEqualTo(lines.text("order.ask-contact", "100234"));
        Outcome wrong = shopper.says(lines.wrongEmail());
        assertThat(wrong.replies().get(0).text()).isEqualTo(lines.text("order.mismatch"));

        ShopperSession other = shop.shopper(lines.language());
        other.says(lines.whereIsOrder());
        other.says("999999");
        assertThat(other.says("nobody@example.com").replies().get(0).text())
                .as("an order that does not exist looks exactly like a wrong e-mail").isEqualTo(lines.text("order.mismatch"));

        shopper.says(lines.wrongEmail());
        Outcome third = shopper.says(lines.wrongEmail());
        assertThat(third.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(shopper.conversation().handoffReason()).contains(HandoffReason.ORDER_VERIFICATION_FAILED);
        assertThat(shopper.transcript()).noneMatch(message -> message.text().contains("TRK-100234")
                || message.text().contains("InPost"));
    }

    @InEachLanguage
    void givenAProcessingOrder_whenTheShopperCancelsAndConfirms_thenAPersonMakesSureItIsTheCustomerBeforeItIsCancelled(
            OrderLines lines) {
        ShopperSession shopper = shop.shopper(lines.language());
        shopper.says(lines.whereIsOrder());
        shopper.says("100981");

        Outcome status = shopper.says("demo@example.com");
        assertThat(status.replies().get(0).quickReplies()).containsExactly(lines.text("quick-reply.cancel-order"));
        Outcome confirm = shopper.says(lines.text("quick-reply.cancel-order"));
        assertThat(confirm.replies().get(0).text()).isEqualTo(lines.text("order.confirm-cancel", "100981"));
        assertThat(shop.orders.get("100981").status()).as("nothing happens before the confirmation")
                .isEqualTo(OrderStatus.PROCESSING);

        Outcome done = shopper.says(lines.text("quick-reply.confirm"));

        assertThat(done.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(shopper.conversation().handoffReason()).contains(HandoffReason.ORDER_ACTION);
        assertThat(done.replies()).extracting(reply -> reply.text()).anyMatch(text -> text.startsWith(
                lines.text("handoff.order-action")));
        assertThat(shop.orders.get("100981").status()).as("a number and a contact can be guessed: not enough to cancel")
                .isEqualTo(OrderStatus.PROCESSING);
    }

    @InEachLanguage
    void givenADeliveredOrderWithinTheReturnWindow_whenTheShopperStartsAReturn_thenAPersonTakesItOver(
            OrderLines lines) {
        ShopperSession shopper = shop.shopper(lines.language());
        shopper.says(lines.whereIsOrder());
        shopper.says("100555");
        Outcome status = shopper.says("+48 600 700 800");
        assertThat(status.replies().get(0).quickReplies()).containsExactly(lines.text("quick-reply.start-return"));

        shopper.says(lines.text("quick-reply.start-return"));
        Outcome started = shopper.says(lines.text("quick-reply.confirm"));

        assertThat(started.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(shopper.conversation().handoffReason()).contains(HandoffReason.ORDER_ACTION);
        assertThat(shopper.transcript()).noneMatch(message -> message.text().contains("R-100555"));
    }

    @org.junit.jupiter.api.Test
    void givenAGuesserOpeningANewConversationPerGuess_whenTheyKeepTheEmail_thenTheShopMakesThemWaitBeforeTheNextCheck() {
        for (int guess = 0; guess < 3; guess++) {
            assertThat(guess("10070" + guess, "demo@example.com").replies().get(0).text())
                    .isEqualTo(BotTexts.text(Language.EN, "order.mismatch"));
        }

        Outcome right = guess("100234", "demo@example.com");

        assertThat(right.state()).isEqualTo(ConversationState.BOT);
        assertThat(right.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).as("not even the right pair is checked now").isEqualTo(
                    BotTexts.text(Language.EN, "order.proof-wait", 1L));
            assertThat(reply.quickReplies()).containsExactly(BotTexts.text(Language.EN, "quick-reply.human"));
        });
        shop.advance(Duration.ofMinutes(1));
        assertThat(guess("100234", "demo@example.com").replies().get(0).text()).as("after the wait it is checked")
                .contains("TRK-100234");
    }

    @org.junit.jupiter.api.Test
    void givenAGuesserTryingManyAddressesForOneOrder_whenTheLimitIsReached_thenOnlyAPersonChecksEvenTheRightOne() {
        for (int guess = 0; guess < 10; guess++) {
            shop.advance(Duration.ofHours(1));
            assertThat(guess("100981", "guess" + guess + "@example.com").replies().get(0).text()).as("guess " + guess)
                    .isEqualTo(BotTexts.text(Language.EN, "order.mismatch"));
        }
        shop.advance(Duration.ofHours(1));

        ShopperSession owner = shop.shopper(Language.EN);
        owner.says("where is my order 100981?");
        Outcome handedOver = owner.says("demo@example.com");

        assertThat(handedOver.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(owner.conversation().handoffReason()).contains(HandoffReason.ORDER_VERIFICATION_FAILED);
        assertThat(owner.transcript()).noneMatch(message -> message.text().contains(
                BotTexts.text(Language.EN, "order.status.processing", "100981")));
        shop.advance(Duration.ofDays(1));
        assertThat(guess("100981", "demo@example.com").replies().get(0).text()).as("a day later the count is over")
                .isEqualTo(BotTexts.text(Language.EN, "order.status.processing", "100981"));
    }

    /** A new conversation that asks about the order and offers the contact. */
    private Outcome guess(String orderNumber, String contact) {
        ShopperSession guesser = shop.shopper(Language.EN);
        assertThat(guesser.says("where is my order " + orderNumber + "?").replies().get(0).text())
                .isEqualTo(BotTexts.text(Language.EN, "order.ask-contact", orderNumber));
        return guesser.says(contact);
    }

    @InEachLanguage
    void givenTheOrderSystemIsDown_whenAsked_thenTheBotSaysItCannotCheckAndOffersAPerson(OrderLines lines) {
        shop.orders.takeDown();
        ShopperSession shopper = shop.shopper(lines.language());
        shopper.says(lines.whereIsOrderWithNumber());

        Outcome down = shopper.says("demo@example.com");

        assertThat(down.state()).isEqualTo(ConversationState.BOT);
        assertThat(down.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo(lines.text("order.unavailable"));
            assertThat(reply.quickReplies()).containsExactly(lines.text("quick-reply.human"));
        });
    }
}
