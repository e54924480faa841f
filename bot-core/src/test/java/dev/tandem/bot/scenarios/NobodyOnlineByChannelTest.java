package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.team.Agent;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.bot.queue.BusinessHours;
import dev.tandem.intents.Language;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When nobody can take a chat, a web shopper is asked for an e-mail address; a shopper who wrote by e-mail is
 * told the answer will come by e-mail instead of being asked for the address they wrote from.
 */
class NobodyOnlineByChannelTest {

    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-25T11:00:00Z");

    @ParameterizedTest
    @MethodSource("askingForAPerson")
    void givenNobodyOnline_whenAnEmailShopperAsksForAPerson_thenTheyAreToldTheAnswerComesByMail(Language language,
                                                                                                  String askForPerson) {
        ShopperSession shopper = shopWithEveryoneOffline().shopper(Channel.EMAIL, language);

        shopper.says(askForPerson);

        assertThat(shopper.conversation().state()).isEqualTo(ConversationState.QUEUED);
        assertThat(lastText(shopper)).endsWith(BotTexts.text(language, "queue.nobody-by-mail"))
                .doesNotContain(BotTexts.text(language, "queue.nobody"));
    }

    @ParameterizedTest
    @MethodSource("askingForAPerson")
    void givenNobodyOnline_whenAWebShopperAsksForAPerson_thenTheyAreAskedForAnAddress(Language language,
                                                                                        String askForPerson) {
        ShopperSession shopper = shopWithEveryoneOffline().shopper(Channel.WEB, language);

        shopper.says(askForPerson);

        assertThat(lastText(shopper)).endsWith(BotTexts.text(language, "queue.nobody"));
    }

    static Stream<Arguments> askingForAPerson() {
        return Stream.of(
                Arguments.of(Language.EN, "I want to talk to a real person"),
                Arguments.of(Language.RU, "хочу поговорить с живым человеком"),
                Arguments.of(Language.UK, "хочу поговорити з живою людиною"),
                Arguments.of(Language.PL, "chcę porozmawiać z człowiekiem"));
    }

    private static TestShop shopWithEveryoneOffline() {
        // Nobody has set a presence: the team exists, but no one is online.
        return new TestShop(WEDNESDAY_NOON, BusinessHours.alwaysOpen(), List.of(new Agent("anna", Set.of(), 2)));
    }

    private static String lastText(ShopperSession shopper) {
        List<Message> transcript = shopper.transcript();
        return transcript.get(transcript.size() - 1).text();
    }
}
