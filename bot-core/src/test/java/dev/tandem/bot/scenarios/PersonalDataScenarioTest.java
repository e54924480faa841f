package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.agent.Agent;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.intents.Language;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalDataScenarioTest {

    @Test
    void givenAShopperAndAnAgentTypingCardNumbers_whenSaved_thenTheTranscriptKeepsOnlyTheLastFourDigits() {
        TestShop shop = TestShop.staffedBy(Instant.parse("2026-11-25T10:00:00Z"), new Agent("anna", Set.of(), 3));
        ShopperSession shopper = shop.shopper(Language.PL);

        shopper.says("pobrano mi dwa razy z karty 4111 1111 1111 1111, chcę rozmawiać z konsultantem");
        shop.desk.claim("anna", shopper.id).block();
        shop.desk.reply("anna", shopper.id, "Sprawdzam kartę 4111-1111-1111-1111").block();

        assertThat(shopper.transcript()).noneMatch(message -> message.text().contains("4111 1111")
                || message.text().contains("4111-1111"));
        assertThat(shopper.transcript()).anyMatch(message -> message.text().contains("[card •••• 1111]"));
        assertThat(shop.store.entries().blockFirst().summary()).doesNotContain("4111 1111");
    }
}
