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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void givenTelegramAndEmail_whenOrdered_thenTelegramCountsAsLiveChat() {
        assertThat(ordered(email("mail", Duration.ZERO), entry("tg", Channel.TELEGRAM, Duration.ZERO, false)))
                .containsExactly("tg", "mail");
    }

    /** The ageing step is a minute; an e-mail starts 10 steps behind a chat. */
    @ParameterizedTest(name = "{0}: e-mail waited {1}, chat waited {2} → {3} first")
    @CsvSource({
            "queued at the same moment,              PT30S,    PT30S, chat",
            "e-mail waiting somewhat longer,         PT5M,     PT0S,  chat",
            "e-mail nine steps older is not enough,  PT9M59S,  PT0S,  chat",
            "e-mail ten steps older ties: the longest waiting goes first, PT10M, PT0S, mail",
            "e-mail waiting long overtakes,          PT15M,    PT0S,  mail",
            "both ageing together,                   PT30M,    PT30M, chat"})
    void givenAChatAndAnEmail_whenOrdered_thenTheEmailGoesFirstOnlyOnceItWaitedTenStepsLonger(
            String situation, Duration emailWaited, Duration chatWaited, String first) {
        QueueEntry mail = email("mail", emailWaited);
        QueueEntry chat = chat("chat", chatWaited);

        assertThat(ordered(mail, chat)).as("listed e-mail first").first().isEqualTo(first);
        assertThat(ordered(chat, mail)).as("listed chat first").first().isEqualTo(first);
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
