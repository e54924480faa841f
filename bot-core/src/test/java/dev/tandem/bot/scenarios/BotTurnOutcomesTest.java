package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.intents.Language;
import org.junit.jupiter.api.Test;

/** What each kind of bot turn is counted as for the operators' metrics (the port {@code BotTurns}). */
class BotTurnOutcomesTest {

    private final TestShop shop = TestShop.withAnnaOnline();

    @Test
    void givenAStaffedShop_whenAShopperIsAnsweredThenUnsureTwice_thenTurnsCountAnsweredClarifiedHandedOff() {
        ShopperSession shopper = shop.shopper(Language.EN);

        shopper.says("how many days do I have to return something");
        shopper.says("purple elephants dance on tuesdays");
        shopper.says("blue giraffes sing loudly");
        shopper.says("are you still there?");

        assertThat(shop.turns).containsExactly("en ANSWERED", "en CLARIFIED", "en HANDED_OFF");
    }

    @Test
    void givenAnAnswer_whenVotedUnhelpful_thenThatTurnCountsUnanswered() {
        ShopperSession shopper = shop.shopper(Language.PL);

        shopper.says("ile mam dni na zwrot towaru");
        shopper.says(BotTexts.text(Language.PL, "quick-reply.unhelpful"));

        assertThat(shop.turns).containsExactly("pl ANSWERED", "pl UNANSWERED");
    }

    @Test
    void givenABarePressOfTalkToAPerson_whenPressed_thenTheBotAsksWhatItIsAboutAndCountsItClarified() {
        ShopperSession shopper = shop.shopper(Language.EN);

        shopper.says(BotTexts.text(Language.EN, "quick-reply.human"));

        assertThat(shop.turns).containsExactly("en CLARIFIED");
    }
}
