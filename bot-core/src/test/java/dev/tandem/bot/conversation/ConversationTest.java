package dev.tandem.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.intents.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final Conversation started = Conversation.start("c-1", "hash", Channel.WEB, Language.PL, NOW);

    @Test
    void givenNewConversation_thenTheBotOwnsItAndNoMessageIsNumberedYet() {
        assertThat(started.state()).isEqualTo(ConversationState.BOT);
        assertThat(started.state().botMaySpeak()).isTrue();
        assertThat(started.lastSeq()).isZero();
        assertThat(started.handoffReason()).isEmpty();
    }

    @Test
    void givenBotConversation_whenHandedOff_thenQueuedWithTheReasonAndTheStreakReset() {
        Conversation queued = started.withLowConfidenceStreak(1).handOff(HandoffReason.LOW_CONFIDENCE);

        assertThat(queued.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(queued.state().botMaySpeak()).isFalse();
        assertThat(queued.handoffReason()).contains(HandoffReason.LOW_CONFIDENCE);
        assertThat(queued.lowConfidenceStreak()).isZero();
    }

    @Test
    void givenQueuedConversation_whenHandedOffAgain_thenRefused() {
        Conversation queued = started.handOff(HandoffReason.SHOPPER_REQUEST);

        assertThatThrownBy(() -> queued.handOff(HandoffReason.COMPLAINT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QUEUED");
    }

    @Test
    void givenConversation_whenMessagesAreAppended_thenSeqAndVersionMoveOn() {
        Conversation next = started.advanced(3, NOW.plusSeconds(5));

        assertThat(next.lastSeq()).isEqualTo(3);
        assertThat(next.version()).isEqualTo(started.version() + 1);
        assertThat(next.updatedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(next.createdAt()).isEqualTo(NOW);
    }
}
