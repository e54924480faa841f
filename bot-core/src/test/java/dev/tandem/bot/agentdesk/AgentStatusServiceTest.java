package dev.tandem.bot.agentdesk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.AgentPresence;
import dev.tandem.bot.team.Presence;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.queue.BusinessHours;
import dev.tandem.bot.queue.LiveQueue;
import dev.tandem.bot.queue.QueueEntry;
import dev.tandem.bot.queue.QueueSettings;
import dev.tandem.bot.queue.port.AgentQueueStore;
import dev.tandem.intents.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class AgentStatusServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AgentRoster roster = () -> List.of(new Agent("anna.k", Set.of(Language.PL, Language.EN), 3, "Anna",
            Optional.of("https://shop.example/anna.png")));
    private final AgentPresence presence = new AgentPresence();
    private final List<QueueEntry> entries = new ArrayList<>();
    private final AgentQueueStore queueStore = new AgentQueueStore() {
        @Override
        public Flux<QueueEntry> entries() {
            return Flux.fromIterable(entries);
        }

        @Override
        public Flux<Duration> recentDurations(ConversationEvent.Type type, int limit) {
            return Flux.empty();
        }
    };
    private final AgentStatus status = new AgentStatusService(roster, presence,
            new LiveQueue(queueStore, roster, presence, QueueSettings.defaults(), BusinessHours.alwaysOpen(), clock), clock);

    @Test
    void givenAnAgentOfTheRoster_whenTheyGoOnline_thenTheDeskSeesThemOnlineAsShoppersKnowThem() {
        AgentStatus.Me me = status.setPresence("anna.k", Presence.ONLINE).block();

        assertThat(me).isEqualTo(new AgentStatus.Me("anna.k", "Anna", Optional.of("https://shop.example/anna.png"),
                Presence.ONLINE, 3, 0, List.of(Language.EN, Language.PL)));
        assertThat(presence.of("anna.k")).isEqualTo(Presence.ONLINE);
    }

    @Test
    void givenAnAgentHoldingTwoChats_whenAskingForThemselves_thenTheirLoadIsTwo() {
        entries.add(held("c-1"));
        entries.add(held("c-2"));
        entries.add(QueueEntry.waiting("c-3", Language.EN, Channel.WEB, HandoffReason.SHOPPER_REQUEST, "help", NOW, false));

        assertThat(status.me("anna.k").block().load()).isEqualTo(2);
    }

    @Test
    void givenASignedInNameMissingFromTheRoster_whenAskingForThemselves_thenTheyTakeNoChats() {
        AgentStatus.Me me = status.me("visitor").block();

        assertThat(me).isEqualTo(new AgentStatus.Me("visitor", "visitor", Optional.empty(), Presence.OFFLINE, 0, 0,
                List.of()));
    }

    private static QueueEntry held(String conversationId) {
        return new QueueEntry(conversationId, Language.PL, Channel.WEB, HandoffReason.SHOPPER_REQUEST, "pomoc", 0,
                NOW.minusSeconds(60), false, Optional.of("anna.k"), Optional.of(NOW.minusSeconds(30)));
    }
}
