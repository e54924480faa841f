package dev.tandem.bot.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.AgentPresence;
import dev.tandem.bot.team.Presence;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.intents.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QueueSnapshotTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    /** Ageing 1 min, handle 5 min, pick-up 30 s until measured. */
    private static final QueueSettings SETTINGS = QueueSettings.defaults();

    private static final Agent ANNA = new Agent("anna", Set.of(Language.PL, Language.EN), 2);
    private static final Agent BORYS = new Agent("borys", Set.of(Language.RU, Language.UK), 1);
    private static final Agent EWA = new Agent("ewa", Set.of(Language.EN), 1);

    private final AgentPresence presence = new AgentPresence();
    private final HandleTimes handleTimes = new HandleTimes(SETTINGS);

    private static QueueEntry waiting(String id, Language language, int secondsAgo) {
        return QueueEntry.waiting(id, language, Channel.WEB, HandoffReason.SHOPPER_REQUEST, "summary",
                NOW.minusSeconds(secondsAgo), false);
    }

    private static QueueEntry held(String id, Language language, String agent) {
        return new QueueEntry(id, language, Channel.WEB, HandoffReason.COMPLAINT, "summary",
                QueueEntry.priorityOf(Channel.WEB), NOW.minusSeconds(600), false, Optional.of(agent),
                Optional.of(NOW.minusSeconds(300)));
    }

    private QueueSnapshot snapshot(List<QueueEntry> entries, Agent... agents) {
        return new QueueSnapshot(entries, NOW, SETTINGS, List.of(agents), presence, handleTimes);
    }

    private void online(String... agents) {
        for (String agent : agents) {
            presence.set(agent, Presence.ONLINE, NOW.minusSeconds(3600));
        }
    }

    @Nested
    class WhoWaitsForWhom {

        private final List<QueueEntry> entries = List.of(
                waiting("en-old", Language.EN, 300),
                waiting("ru", Language.RU, 200),
                waiting("pl", Language.PL, 100),
                waiting("en-new", Language.EN, 10),
                held("en-held", Language.EN, "anna"),
                held("uk-held", Language.UK, "borys"));

        @Test
        void givenWaitingAndHeldEntries_whenListingWaiting_thenOnlyUnassignedOnesInQueueOrder() {
            assertThat(snapshot(entries).waiting()).extracting(QueueEntry::conversationId)
                    .containsExactly("en-old", "ru", "pl", "en-new");
        }

        @Test
        void givenAnAgentWithLanguages_whenListingWhatTheyCanTake_thenOnlyTheirLanguagesInQueueOrder() {
            QueueSnapshot snapshot = snapshot(entries);

            assertThat(snapshot.waitingFor(ANNA)).extracting(QueueEntry::conversationId)
                    .containsExactly("en-old", "pl", "en-new");
            assertThat(snapshot.waitingFor(BORYS)).extracting(QueueEntry::conversationId).containsExactly("ru");
            assertThat(snapshot.waitingFor(new Agent("olena", Set.of(Language.UK), 1))).isEmpty();
        }

        @Test
        void givenAnAgentWithoutLanguages_whenListingWhatTheyCanTake_thenEverythingWaiting() {
            Agent polyglot = new Agent("max", Set.of(), 3);

            assertThat(snapshot(entries).waitingFor(polyglot)).extracting(QueueEntry::conversationId)
                    .containsExactly("en-old", "ru", "pl", "en-new");
        }

        @Test
        void givenHeldEntries_whenAskingWhatAnAgentHolds_thenOnlyTheirOwn() {
            QueueSnapshot snapshot = snapshot(entries);

            assertThat(snapshot.heldBy("anna")).extracting(QueueEntry::conversationId).containsExactly("en-held");
            assertThat(snapshot.heldBy("borys")).extracting(QueueEntry::conversationId).containsExactly("uk-held");
            assertThat(snapshot.heldBy("ewa")).isEmpty();
            assertThat(snapshot.load("anna")).isEqualTo(1);
            assertThat(snapshot.load("ewa")).isZero();
        }

        @Test
        void givenAnyEntry_whenLookedUpById_thenWaitingAndHeldAreBothFound() {
            QueueSnapshot snapshot = snapshot(entries);

            assertThat(snapshot.entry("pl")).map(QueueEntry::isWaiting).contains(true);
            assertThat(snapshot.entry("en-held")).map(QueueEntry::isWaiting).contains(false);
            assertThat(snapshot.entry("nope")).isEmpty();
        }

        @Test
        void givenTheCallersList_whenChangedAfterwards_thenTheSnapshotDoesNotChange() {
            List<QueueEntry> mutable = new ArrayList<>(entries);
            QueueSnapshot snapshot = snapshot(mutable);

            mutable.add(waiting("late", Language.EN, 0));

            assertThat(snapshot.entry("late")).isEmpty();
            assertThat(snapshot.waiting()).hasSize(4);
        }
    }

    @Nested
    class Positions {

        private final List<QueueEntry> entries = List.of(
                waiting("en-1", Language.EN, 400),
                waiting("pl-1", Language.PL, 300),
                waiting("en-2", Language.EN, 200),
                waiting("pl-2", Language.PL, 100),
                waiting("en-3", Language.EN, 50),
                held("en-held", Language.EN, "anna"));

        @Test
        void givenSeveralLanguages_whenAskingPositions_thenEachLanguageHasItsOwnLine() {
            QueueSnapshot snapshot = snapshot(entries);

            assertThat(snapshot.positionOf("en-1")).contains(1);
            assertThat(snapshot.positionOf("en-2")).contains(2);
            assertThat(snapshot.positionOf("en-3")).contains(3);
            assertThat(snapshot.positionOf("pl-1")).contains(1);
            assertThat(snapshot.positionOf("pl-2")).contains(2);
        }

        @Test
        void givenAFollowUpInTheLine_whenAskingPositions_thenItIsAheadOfOlderChats() {
            List<QueueEntry> withFollowUp = new ArrayList<>(entries);
            withFollowUp.add(QueueEntry.waiting("promised", Language.EN, Channel.EMAIL, HandoffReason.POLICY,
                    "summary", NOW, true));

            QueueSnapshot snapshot = snapshot(withFollowUp);

            assertThat(snapshot.positionOf("promised")).contains(1);
            assertThat(snapshot.positionOf("en-1")).contains(2);
            assertThat(snapshot.positionOf("pl-1")).contains(1);
        }

        @Test
        void givenAHeldOrUnknownConversation_whenAskingItsPosition_thenThereIsNone() {
            QueueSnapshot snapshot = snapshot(entries);

            assertThat(snapshot.positionOf("en-held")).isEmpty();
            assertThat(snapshot.positionOf("unknown")).isEmpty();
        }
    }

    @Nested
    class EstimatedWait {

        @Test
        void givenNobodyWhoSpeaksTheLanguageIsOnline_whenEstimating_thenThereIsNoNumber() {
            online("borys");

            assertThat(snapshot(List.of(), ANNA, BORYS).estimatedWait(Language.PL, 1)).isEmpty();
        }

        @Test
        void givenTheOnlyAgentForTheLanguageIsAway_whenEstimating_thenThereIsNoNumber() {
            presence.set("anna", Presence.AWAY, NOW.minusSeconds(60));

            assertThat(snapshot(List.of(), ANNA).estimatedWait(Language.PL, 1)).isEmpty();
        }

        @Test
        void givenAgentsNeverSeen_whenEstimating_thenTheyCountAsOfflineAndThereIsNoNumber() {
            assertThat(snapshot(List.of(), ANNA, EWA).estimatedWait(Language.EN, 1)).isEmpty();
        }

        @Test
        void givenNoAgentsAtAll_whenEstimating_thenThereIsNoNumber() {
            assertThat(snapshot(List.of()).estimatedWait(Language.EN, 1)).isEmpty();
        }

        @Test
        void givenAnOnlineAgentWithAFreePlace_whenEstimatingTheFirstInLine_thenItIsThePickUpTime() {
            online("anna");

            assertThat(snapshot(List.of(), ANNA).estimatedWait(Language.PL, 1)).contains(Duration.ofSeconds(30));
        }

        @Test
        void givenFreePlaces_whenEstimatingPositionsThatFitIntoThem_thenAllGetThePickUpTime() {
            online("anna", "ewa");
            // anna 2 + ewa 1 free places for English
            QueueSnapshot snapshot = snapshot(List.of(), ANNA, EWA);

            assertThat(snapshot.estimatedWait(Language.EN, 1)).contains(Duration.ofSeconds(30));
            assertThat(snapshot.estimatedWait(Language.EN, 3)).contains(Duration.ofSeconds(30));
            // the fourth waits for one of the three places: pick-up + 300 s × 1/3
            assertThat(snapshot.estimatedWait(Language.EN, 4)).contains(Duration.ofSeconds(130));
        }

        @Test
        void givenAgentsFullyLoaded_whenEstimating_thenTheWaitGrowsWithThePositionAtTheTeamsPace() {
            online("anna", "ewa");
            // places 3 (anna 2, ewa 1), load anna 1 + ewa 1 → 1 free place
            QueueSnapshot snapshot = snapshot(List.of(
                    held("h1", Language.PL, "anna"), held("h2", Language.EN, "ewa")), ANNA, EWA);

            // position 1: into the free place
            assertThat(snapshot.estimatedWait(Language.EN, 1)).contains(Duration.ofSeconds(30));
            // position 2: ahead 1, free 1 → rounds (1 - 1 + 1) / 3 → 30 + round(300 / 3) = 130 s
            assertThat(snapshot.estimatedWait(Language.EN, 2)).contains(Duration.ofSeconds(130));
            // position 3: rounds 2 / 3 → 30 + 200 = 230 s
            assertThat(snapshot.estimatedWait(Language.EN, 3)).contains(Duration.ofSeconds(230));
            // position 5: rounds 4 / 3 → 30 + 400 = 430 s
            assertThat(snapshot.estimatedWait(Language.EN, 5)).contains(Duration.ofSeconds(430));
        }

        @Test
        void givenNoFreePlace_whenEstimatingTheFirstInLine_thenItWaitsForAShareOfAHandleTime() {
            online("ewa");
            QueueSnapshot snapshot = snapshot(List.of(held("h", Language.EN, "ewa")), EWA);

            // places 1, free 0: position 1 → 30 + 300 × 1/1, position 2 → 30 + 300 × 2
            assertThat(snapshot.estimatedWait(Language.EN, 1)).contains(Duration.ofSeconds(330));
            assertThat(snapshot.estimatedWait(Language.EN, 2)).contains(Duration.ofSeconds(630));
        }

        @Test
        void givenAnAgentOverTheirCapacity_whenEstimating_thenTheirFreePlacesDoNotGoNegative() {
            online("anna", "ewa");
            // ewa holds 3 chats with capacity 1: she gives no free place, but takes none from anna either
            QueueSnapshot snapshot = snapshot(List.of(
                    held("e1", Language.EN, "ewa"), held("e2", Language.EN, "ewa"), held("e3", Language.EN, "ewa")),
                    ANNA, EWA);

            assertThat(snapshot.estimatedWait(Language.EN, 2)).contains(Duration.ofSeconds(30));
            // ahead 2, free 2 → rounds 1 / 3 → 30 + 100
            assertThat(snapshot.estimatedWait(Language.EN, 3)).contains(Duration.ofSeconds(130));
        }

        @Test
        void givenAnAwayAgent_whenEstimating_thenTheirPlacesDoNotCount() {
            online("anna");
            presence.set("ewa", Presence.AWAY, NOW.minusSeconds(60));
            // only anna: places 2, free 2
            QueueSnapshot snapshot = snapshot(List.of(), ANNA, EWA);

            assertThat(snapshot.estimatedWait(Language.EN, 2)).contains(Duration.ofSeconds(30));
            // ahead 2, free 2 → rounds 1 / 2 → 30 + 150
            assertThat(snapshot.estimatedWait(Language.EN, 3)).contains(Duration.ofSeconds(180));
        }

        @Test
        void givenMeasuredHandleAndPickUpTimes_whenEstimating_thenTheMeasuredPaceIsUsed() {
            online("ewa");
            handleTimes.pickedUp(Duration.ofSeconds(40));
            handleTimes.pickedUp(Duration.ofSeconds(60));
            handleTimes.handled(Duration.ofMinutes(8));
            handleTimes.handled(Duration.ofMinutes(4));
            QueueSnapshot snapshot = snapshot(List.of(held("h", Language.EN, "ewa")), EWA);

            // pick-up 50 s, handle 360 s; places 1, free 0, position 2 → 50 + 360 × 2
            assertThat(snapshot.estimatedWait(Language.EN, 2)).contains(Duration.ofSeconds(770));
        }

        @Test
        void givenAFractionOfASecond_whenEstimating_thenTheHandleShareIsRounded() {
            online("anna", "ewa");
            handleTimes.handled(Duration.ofSeconds(100));
            QueueSnapshot snapshot = snapshot(List.of(
                    held("h1", Language.EN, "anna"), held("h2", Language.EN, "anna"),
                    held("h3", Language.EN, "ewa")), ANNA, EWA);

            // places 3, free 0: position 1 → 30 + round(100 / 3 = 33.3) = 63; position 2 → 30 + round(66.7) = 97
            assertThat(snapshot.estimatedWait(Language.EN, 1)).contains(Duration.ofSeconds(63));
            assertThat(snapshot.estimatedWait(Language.EN, 2)).contains(Duration.ofSeconds(97));
        }

        @Test
        void givenAgentsForOtherLanguagesOnline_whenEstimating_thenOnlyAgentsSpeakingTheLanguageCount() {
            online("anna", "borys");
            // borys speaks RU/UK only: for Polish, only anna's 2 places
            QueueSnapshot snapshot = snapshot(List.of(), ANNA, BORYS);

            assertThat(snapshot.estimatedWait(Language.PL, 3)).contains(Duration.ofSeconds(180));
            assertThat(snapshot.estimatedWait(Language.UK, 1)).contains(Duration.ofSeconds(30));
            assertThat(snapshot.estimatedWait(Language.UK, 2)).contains(Duration.ofSeconds(330));
        }
    }
}
