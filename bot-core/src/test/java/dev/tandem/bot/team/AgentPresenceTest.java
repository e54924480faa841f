package dev.tandem.bot.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AgentPresenceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(2);

    private final AgentPresence presence = new AgentPresence();

    @Test
    void givenAListener_whenAgentsComeGoAndRepeatThemselves_thenItIsToldOfEachChangeOnly() {
        AtomicInteger changes = new AtomicInteger();
        AgentPresence watched = new AgentPresence(changes::incrementAndGet);

        watched.set("anna", Presence.OFFLINE, NOW);       // unseen is offline already
        watched.set("anna", Presence.ONLINE, NOW);
        watched.seen("anna", NOW);
        watched.set("anna", Presence.ONLINE, NOW);
        watched.set("anna", Presence.AWAY, NOW);
        watched.seen("borys", NOW);

        assertThat(changes).hasValue(3);
    }

    @Test
    void givenAnAgentNobodyHasSeen_whenAsked_thenTheyAreOffline() {
        assertThat(presence.of("anna")).isEqualTo(Presence.OFFLINE);
    }

    @Test
    void givenAnAgentNobodyHasSeen_whenAskingWhoIsOfflineForLong_thenTheyAreNotListed() {
        assertThat(presence.offlineFor(GRACE, NOW)).isEmpty();
    }

    @Test
    void givenASetPresence_whenAsked_thenItIsReported() {
        presence.set("anna", Presence.ONLINE, NOW);
        presence.set("borys", Presence.AWAY, NOW);
        presence.set("ewa", Presence.OFFLINE, NOW);

        assertThat(presence.of("anna")).isEqualTo(Presence.ONLINE);
        assertThat(presence.of("borys")).isEqualTo(Presence.AWAY);
        assertThat(presence.of("ewa")).isEqualTo(Presence.OFFLINE);
    }

    @Test
    void givenAnUnseenAgent_whenSeen_thenTheyAreOnline() {
        presence.seen("anna", NOW);

        assertThat(presence.of("anna")).isEqualTo(Presence.ONLINE);
    }

    @Test
    void givenAnOfflineAgent_whenSeen_thenTheyAreOnlineAndNoLongerOfflineForLong() {
        presence.set("anna", Presence.OFFLINE, NOW.minus(Duration.ofMinutes(10)));

        presence.seen("anna", NOW);

        assertThat(presence.of("anna")).isEqualTo(Presence.ONLINE);
        assertThat(presence.offlineFor(GRACE, NOW.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void givenAnAwayAgent_whenSeen_thenTheyStayAway() {
        presence.set("anna", Presence.AWAY, NOW.minusSeconds(60));

        presence.seen("anna", NOW);

        assertThat(presence.of("anna")).isEqualTo(Presence.AWAY);
    }

    @Test
    void givenAnOnlineAgent_whenSeen_thenTheyStayOnline() {
        presence.set("anna", Presence.ONLINE, NOW.minusSeconds(60));

        presence.seen("anna", NOW);

        assertThat(presence.of("anna")).isEqualTo(Presence.ONLINE);
    }

    @Test
    void givenAnAgentJustGoneOffline_whenWithinTheGracePeriod_thenTheyAreNotListed() {
        presence.set("anna", Presence.OFFLINE, NOW);

        assertThat(presence.offlineFor(GRACE, NOW)).isEmpty();
        assertThat(presence.offlineFor(GRACE, NOW.plus(GRACE).minusSeconds(1))).isEmpty();
    }

    @Test
    void givenAnAgentOfflineForExactlyTheGracePeriod_whenAsked_thenTheyAreListed() {
        presence.set("anna", Presence.OFFLINE, NOW);

        assertThat(presence.offlineFor(GRACE, NOW.plus(GRACE))).containsExactly("anna");
    }

    @Test
    void givenAnAgentOfflineLongerThanTheGracePeriod_whenAsked_thenTheyAreListed() {
        presence.set("anna", Presence.OFFLINE, NOW);

        assertThat(presence.offlineFor(GRACE, NOW.plus(Duration.ofHours(3)))).containsExactly("anna");
    }

    @Test
    void givenAZeroGracePeriod_whenAsked_thenAnAgentIsListedTheMomentTheyGoOffline() {
        presence.set("anna", Presence.OFFLINE, NOW);

        assertThat(presence.offlineFor(Duration.ZERO, NOW)).containsExactly("anna");
    }

    @Test
    void givenOfflineReportedAgain_whenAsked_thenTheGracePeriodCountsFromTheFirstReport() {
        presence.set("anna", Presence.OFFLINE, NOW);
        presence.set("anna", Presence.OFFLINE, NOW.plusSeconds(90));

        assertThat(presence.offlineFor(GRACE, NOW.plus(GRACE))).containsExactly("anna");
    }

    @Test
    void givenAnAgentBackOnlineAndOfflineAgain_whenAsked_thenTheGracePeriodRestarts() {
        presence.set("anna", Presence.OFFLINE, NOW);
        presence.set("anna", Presence.ONLINE, NOW.plusSeconds(60));
        presence.set("anna", Presence.OFFLINE, NOW.plusSeconds(90));

        assertThat(presence.offlineFor(GRACE, NOW.plus(GRACE))).isEmpty();
        assertThat(presence.offlineFor(GRACE, NOW.plusSeconds(90).plus(GRACE))).containsExactly("anna");
    }

    @Test
    void givenOnlineAndAwayAgents_whenAskingWhoIsOfflineForLong_thenTheyAreNeverListed() {
        presence.set("anna", Presence.ONLINE, NOW);
        presence.set("borys", Presence.AWAY, NOW);

        assertThat(presence.offlineFor(GRACE, NOW.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void givenSeveralAgentsOfflineForLong_whenAsked_thenTheyAreListedByName() {
        presence.set("zofia", Presence.OFFLINE, NOW);
        presence.set("anna", Presence.OFFLINE, NOW);
        presence.set("maks", Presence.OFFLINE, NOW.plus(Duration.ofMinutes(5)));
        presence.set("ewa", Presence.OFFLINE, NOW.minusSeconds(30));

        assertThat(presence.offlineFor(GRACE, NOW.plus(GRACE))).containsExactly("anna", "ewa", "zofia");
    }
}
