package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.team.Agent;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.agentdesk.AgentConflictException;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.intents.Language;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

class ClaimRaceTest {

    @Test
    void givenOneQueuedChat_when100AgentsClaimItAtOnce_thenExactlyOneGetsItAndTheOthersAConflict() {
        Agent[] agents = IntStream.range(0, 100).mapToObj(i -> new Agent("agent-" + i, Set.of(), 3)).toArray(Agent[]::new);
        TestShop shop = TestShop.staffedBy(Instant.parse("2026-11-25T10:00:00Z"), agents);
        ShopperSession shopper = shop.shopper(Language.EN);
        shopper.says("I want to talk to a person");

        List<String> outcomes = Flux.fromArray(agents)
                .parallel(8).runOn(Schedulers.parallel())
                .flatMap(agent -> shop.desk.claim(agent.name(), shopper.id)
                        .map(conversation -> "won:" + agent.name())
                        .onErrorResume(AgentConflictException.class, conflict -> Mono.just("lost:" + conflict.code())))
                .sequential()
                .collectList()
                .block();

        assertThat(outcomes).hasSize(100);
        assertThat(outcomes).filteredOn(outcome -> outcome.startsWith("won:")).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome.equals("lost:already_claimed")).hasSize(99);
        String winner = outcomes.stream().filter(o -> o.startsWith("won:")).findFirst().orElseThrow().substring(4);
        assertThat(shopper.conversation().state()).isEqualTo(ConversationState.ASSIGNED);
        assertThat(shopper.conversation().assignedAgent()).contains(winner);
        assertThat(shop.store.entries().blockFirst().assignedAgent()).contains(winner);
        assertThat(shop.store.events()).filteredOn(event -> event.type().name().equals("CLAIMED")).hasSize(1);
    }
}
