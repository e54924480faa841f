package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.bot.team.Agent;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.agentdesk.AgentConflictException;
import dev.tandem.bot.agentdesk.AgentDesk;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.intents.Language;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An agent takes chats only in their languages: the queue's language line decides (the shopper's language, or
 * the team a colleague transferred the chat to). An agent with no languages takes every chat.
 */
class AgentLanguagesTest {

    private static final Instant MORNING = Instant.parse("2026-11-25T10:00:00Z");
    private static final Agent MAREK = new Agent("marek", Set.of(Language.PL), 3);
    private static final Agent EMMA = new Agent("emma", Set.of(Language.EN), 3);
    private static final Agent ALL = new Agent("all", Set.of(), 3);

    @Test
    void givenAnEnglishChatWaiting_whenAPolishOnlyAgentClaimsIt_thenRefusedAndItKeepsWaitingForAnEnglishSpeaker() {
        TestShop shop = TestShop.staffedBy(MORNING, MAREK, EMMA);
        ShopperSession shopper = shop.shopper(Language.EN);
        shopper.says("I want to talk to a person");

        assertThatThrownBy(() -> shop.desk.claim("marek", shopper.id).block())
                .isInstanceOfSatisfying(AgentConflictException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("other_language");
                    assertThat(refused.getMessage()).contains("en", "marek takes chats in pl");
                });
        assertThat(shopper.conversation().state()).isEqualTo(ConversationState.QUEUED);

        assertThat(shop.desk.claim("emma", shopper.id).block().assignedAgent()).contains("emma");
    }

    @Test
    void givenAnEnglishChatTransferredToThePolishTeam_whenClaimed_thenAPolishSpeakerMayAndAnEnglishOnlyOneMayNot() {
        TestShop shop = TestShop.staffedBy(MORNING, MAREK, EMMA);
        ShopperSession shopper = shop.shopper(Language.EN);
        shopper.says("I want to talk to a person");
        shop.desk.claim("emma", shopper.id).block();

        shop.desk.transfer("emma", shopper.id, new AgentDesk.TransferTarget(Optional.empty(), Optional.of(Language.PL)))
                .block();

        assertThatThrownBy(() -> shop.desk.claim("emma", shopper.id).block())
                .isInstanceOfSatisfying(AgentConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo("other_language"));
        assertThat(shop.desk.claim("marek", shopper.id).block().assignedAgent()).contains("marek");
    }

    @Test
    void givenAnAgentWithNoLanguages_whenClaimingAChatInAnyLanguage_thenTaken() {
        TestShop shop = TestShop.staffedBy(MORNING, ALL);
        ShopperSession english = shop.shopper(Language.EN);
        english.says("I want to talk to a person");
        ShopperSession polish = shop.shopper(Language.PL);
        polish.says("chcę porozmawiać z konsultantem");

        shop.desk.claim("all", english.id).block();
        shop.desk.claim("all", polish.id).block();

        assertThat(english.conversation().assignedAgent()).contains("all");
        assertThat(polish.conversation().assignedAgent()).contains("all");
    }
}
