package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.Presence;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.agentdesk.AgentConflictException;
import dev.tandem.bot.agentdesk.AgentDesk;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.intents.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An agent whose browser disappears does not take their shoppers with them. */
class AbsentAgentTest {

    @Test
    void givenAnAgentWithChats_whenOfflineLongerThanTheGracePeriod_thenTheChatsReturnToTheQueueAtTheirPlace() {
        TestShop shop = TestShop.withAnnaOnline();
        ShopperSession shopper = shop.shopper(Language.UK);
        shopper.says("хочу поговорити з живою людиною");
        Instant queuedAt = shop.store.entries().blockFirst().queuedAt();
        shop.desk.claim("anna", shopper.id).block();

        shop.presence.set("anna", Presence.OFFLINE, shop.now());
        shop.advance(Duration.ofSeconds(90));
        assertThat(shop.desk.returnChatsOfAbsentAgents().block()).as("still within the grace period").isZero();
        assertThat(shopper.conversation().state()).isEqualTo(ConversationState.ASSIGNED);

        shop.advance(Duration.ofSeconds(60));
        assertThat(shop.desk.returnChatsOfAbsentAgents().block()).isEqualTo(1);

        assertThat(shopper.conversation().state()).isEqualTo(ConversationState.QUEUED);
        assertThat(shop.store.entries().blockFirst().queuedAt()).isEqualTo(queuedAt);
        assertThat(shopper.transcript()).last().satisfies(notice -> {
            assertThat(notice.author()).isEqualTo(Author.SYSTEM);
            assertThat(notice.text()).isEqualTo(BotTexts.text(Language.UK, "agent.gone"));
        });
        assertThat(shop.desk.returnChatsOfAbsentAgents().block()).as("nothing left to return").isZero();
    }

    @Test
    void givenAColleagueWhoIsOffline_whenAChatIsTransferredToThem_thenRefusedAndTheChatStaysWithTheAgent() {
        TestShop shop = TestShop.staffedBy(TestShop.WEDNESDAY_MORNING, TestShop.ANNA,
                new Agent("olek", Set.of(), 3));
        ShopperSession shopper = shop.shopper(Language.UK);
        shopper.says("хочу поговорити з живою людиною");
        shop.desk.claim("anna", shopper.id).block();
        shop.presence.set("olek", Presence.OFFLINE, shop.now());

        assertThatThrownBy(() -> shop.desk.transfer("anna", shopper.id,
                new AgentDesk.TransferTarget(Optional.of("olek"), Optional.empty())).block())
                .isInstanceOfSatisfying(AgentConflictException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("agent_offline");
                    assertThat(refused.getMessage()).contains("olek").contains("offline");
                });
        assertThat(shopper.conversation().assignedAgent()).contains("anna");
    }
}
