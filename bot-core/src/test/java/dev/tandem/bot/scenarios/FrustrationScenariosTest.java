package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A shopper losing patience gets a person, not the same answer again. */
class FrustrationScenariosTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | how many days do I have to return something | how long is the return period",
        "ru | сколько дней есть на возврат товара           | какой срок возврата",
        "uk | скільки днів є на повернення товару           | який термін повернення",
        "pl | ile mam dni na zwrot towaru                    | jaki jest termin zwrotu"})
    void givenAnAnswer_whenTheSameQuestionComesAgain_thenAPersonTakesOverInsteadOfTheSameAnswer(
            String lang, String question, String sameQuestionAgain) {
        TestShop shop = TestShop.withAnnaOnline();
        ShopperSession shopper = shop.shopper(lang);
        assertThat(shopper.says(question).replies().get(0).faqId()).contains("return-policy");

        var again = shopper.says(sameQuestionAgain);

        shopper.assertQueuedFor(again, HandoffReason.FRUSTRATION);
        assertThat(again.replies()).noneMatch(reply -> reply.faqId().isPresent());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | WHERE IS MY REFUND I HAVE BEEN WAITING FOR WEEKS",
        "en | this bot is useless",
        "ru | ВЫ ВООБЩЕ СОБИРАЕТЕСЬ ВЕРНУТЬ ДЕНЬГИ",
        "ru | тупой бот",
        "uk | ви мене вже задовбали",
        "pl | kurwa, gdzie jest moja paczka",
        "pl | beznadziejny ten czat"})
    void givenShoutingOrAbuse_whenWritten_thenHandedOffAsFrustration(String lang, String text) {
        TestShop shop = TestShop.withAnnaOnline();
        ShopperSession shopper = shop.shopper(lang);

        var outcome = shopper.says(text);

        shopper.assertQueuedFor(outcome, HandoffReason.FRUSTRATION);
    }
}
