package dev.tandem.bot.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.queue.port.AgentQueueStore;
import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.AgentPresence;
import dev.tandem.bot.team.Presence;
import dev.tandem.intents.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class LiveQueueTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final AgentQueueStore store = mock(AgentQueueStore.class);
    private final AgentPresence presence = new AgentPresence();
    private final LiveQueue queue = new LiveQueue(store, () -> List.of(new Agent("ewa", Set.of(Language.EN), 1)),
            presence, QueueSettings.defaults(), BusinessHours.alwaysOpen(), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void givenEwaOnlineAndTwoEnglishShoppersWaiting() {
        presence.set("ewa", Presence.ONLINE, NOW.minusSeconds(3600));
        when(store.entries()).thenAnswer(call -> Flux.just(waiting("first", 120), waiting("second", 60)));
        when(store.recentDurations(ConversationEvent.Type.CLAIMED, QueueSettings.defaults().averagedChats()))
                .thenReturn(Flux.just(Duration.ofSeconds(90), Duration.ofSeconds(110)));
        when(store.recentDurations(ConversationEvent.Type.RESOLVED, QueueSettings.defaults().averagedChats()))
                .thenReturn(Flux.just(Duration.ofSeconds(600), Duration.ofSeconds(800)));
    }

    @Test
    void givenNothingMeasuredYet_whenAskingForAPlace_thenTheEstimateStandsOnTheConfiguredPace() {
        assertThat(queue.statusOf("first").block()).contains(new QueueStatus(1, Optional.of(Duration.ofSeconds(30))));
        assertThat(queue.statusOf("second").block())
                .contains(new QueueStatus(2, Optional.of(Duration.ofSeconds(30 + 300))));
    }

    @Test
    void givenRecordedPickupsAndResolves_whenSeeded_thenTheEstimateStandsOnTheTeamsRealPace() {
        queue.seedHandleTimes().block();

        assertThat(queue.statusOf("first").block()).contains(new QueueStatus(1, Optional.of(Duration.ofSeconds(100))));
        assertThat(queue.statusOf("second").block())
                .contains(new QueueStatus(2, Optional.of(Duration.ofSeconds(100 + 700))));
    }

    @Test
    void givenAConversationNotWaiting_whenAskingForItsPlace_thenThereIsNone() {
        assertThat(queue.statusOf("resolved-long-ago").block()).isEmpty();
    }

    private static QueueEntry waiting(String id, int secondsAgo) {
        return QueueEntry.waiting(id, Language.EN, Channel.WEB, HandoffReason.SHOPPER_REQUEST, "summary",
                NOW.minusSeconds(secondsAgo), false);
    }
}
