package dev.tandem.bot.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.intents.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QueueOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(1);

    private static QueueEntry entry(String id, Channel channel, Duration waited, boolean followUp) {
        return QueueEntry.waiting(id, Language.EN, channel, HandoffReason.SHOPPER_REQUEST, "summary of " + id,
                NOW.minus(waited), followUp);
    }

    private static QueueEntry chat(String id, Duration waited) {
        return entry(id, Channel.WEB, waited, false);
    }

    private static QueueEntry email(String id, Duration waited) {
        return entry(id, Channel.EMAIL, waited, false);
    }

    private static List<String> ordered(QueueEntry... entries) {
        return ordered(STEP, entries);
    }

    private static List<String> ordered(Duration step, QueueEntry... entries) {
        return Stream.of(entries).sorted(QueueOrder.at(NOW, step)).map(QueueEntry::conversationId).toList();
    }

    @Test
    void givenChannels_thenLiveChatHasAHigherBasePriorityThanEmail() {
        assertThat(QueueEntry.priorityOf(Channel.WEB)).isGreaterThan(QueueEntry.priorityOf(Channel.EMAIL));
        assertThat(QueueEntry.priorityOf(Channel.TELEGRAM)).isGreaterThan(QueueEntry.priorityOf(Channel.EMAIL));
    }

    @Test
    void givenChatAndEmailQueuedAtTheSameMoment_whenOrdered_thenTheChatGoesFirst() {
        assertThat(ordered(email("mail", Duration.ofSeconds(30)), chat("chat", Duration.ofSeconds(30))))
                .containsExactly("chat", "mail");
    }

    @Test
    void givenTelegramAndEmail_whenOrdered_thenTelegramCountsAsLiveChat() {
        assertThat(ordered(email("mail", Duration.ZERO), entry("tg", Channel.TELEGRAM, Duration.ZERO, false)))
                .containsExactly("tg", "mail");
    }

    @Test
    void givenEmailWaitingSomewhatLonger_whenOrdered_thenAFreshChatStillGoesFirst() {
        assertThat(ordered(email("mail", Duration.ofMinutes(5)), chat("chat", Duration.ZERO)))
                .containsExactly("chat", "mail");
    }

    @Test
    void givenEmailWaitingLong_whenOrdered_thenItOvertakesAFreshChat() {
        assertThat(ordered(chat("chat", Duration.ZERO), email("mail", Duration.ofMinutes(15))))
                .containsExactly("mail", "chat");
    }

    @Test
    void givenEmailTenStepsOlderThanAChat_whenOrdered_thenTheRanksTieAndTheOlderEmailGoesFirst() {
        // e-mail 10 + 10 steps = chat 20 + 0 steps: the tie goes to the longest waiting
        assertThat(ordered(chat("chat", Duration.ZERO), email("mail", Duration.ofMinutes(10))))
                .containsExactly("mail", "chat");
        // nine steps are not enough
        assertThat(ordered(chat("chat", Duration.ZERO), email("mail", Duration.ofMinutes(9).plusSeconds(59))))
                .containsExactly("chat", "mail");
    }

    @Test
    void givenALongerAgeingStep_whenOrdered_thenTheEmailNeedsToWaitLongerToOvertake() {
        Duration tenMinuteStep = Duration.ofMinutes(10);

        assertThat(ordered(tenMinuteStep, chat("chat", Duration.ZERO), email("mail", Duration.ofMinutes(15))))
                .containsExactly("chat", "mail");
        assertThat(ordered(tenMinuteStep, chat("chat", Duration.ZERO), email("mail", Duration.ofMinutes(110))))
                .containsExactly("mail", "chat");
    }

    @Test
    void givenChatsAgeingTogether_whenOrdered_thenBothGainAndTheChatStaysAheadOfAnEqualEmail() {
        assertThat(ordered(email("mail", Duration.ofMinutes(30)), chat("chat", Duration.ofMinutes(30))))
                .containsExactly("chat", "mail");
    }

    @Test
    void givenAFollowUp_whenOrdered_thenItGoesFirstEvenAsAFreshEmail() {
        QueueEntry followUp = entry("promised", Channel.EMAIL, Duration.ZERO, true);

        assertThat(ordered(chat("old-chat", Duration.ofHours(8)), followUp, chat("chat", Duration.ZERO)))
                .containsExactly("promised", "old-chat", "chat");
    }

    @Test
    void givenSeveralFollowUps_whenOrdered_thenTheyKeepChannelAndAgeOrderAmongThemselves() {
        QueueEntry oldMail = entry("old-mail", Channel.EMAIL, Duration.ofMinutes(3), true);
        QueueEntry chat = entry("chat", Channel.WEB, Duration.ZERO, true);
        QueueEntry olderChat = entry("older-chat", Channel.WEB, Duration.ofSeconds(30), true);

        assertThat(ordered(oldMail, chat, olderChat)).containsExactly("older-chat", "chat", "old-mail");
    }

    @Test
    void givenChatsOfTheSamePriority_whenOrdered_thenTheOldestComesFirst() {
        assertThat(ordered(chat("b", Duration.ofSeconds(20)), chat("a", Duration.ofSeconds(50)),
                chat("c", Duration.ofSeconds(5))))
                .containsExactly("a", "b", "c");
    }

    @Test
    void givenEmailsOfTheSamePriority_whenOrdered_thenTheOldestComesFirst() {
        assertThat(ordered(email("new", Duration.ofMinutes(1)), email("old", Duration.ofMinutes(4))))
                .containsExactly("old", "new");
    }

    @Test
    void givenTwoEntriesQueuedAtTheSameInstant_whenOrdered_thenTheConversationIdBreaksTheTie() {
        assertThat(ordered(chat("z", Duration.ofSeconds(10)), chat("a", Duration.ofSeconds(10))))
                .containsExactly("a", "z");
    }

    @Test
    void givenAnEntryQueuedInTheFuture_whenOrdered_thenItCountsAsNotWaitingYet() {
        QueueEntry early = chat("future", Duration.ofMinutes(-5));

        assertThat(early.waitingSince(NOW)).isZero();
        assertThat(ordered(early, chat("now", Duration.ZERO))).containsExactly("now", "future");
    }

    @Test
    void givenAZeroAgeingStep_whenOrdered_thenItAgesPerSecondInsteadOfFailing() {
        assertThat(ordered(Duration.ZERO, chat("chat", Duration.ZERO), email("mail", Duration.ofSeconds(11))))
                .containsExactly("mail", "chat");
    }
}
