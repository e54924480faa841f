package dev.tandem.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.intents.Language;
import java.time.Instant;
import java.util.Optional;
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
        Conversation queued = started.remembering(new BotMemory(1, Optional.of("warranty"), 3, true))
                .handOff(HandoffReason.LOW_CONFIDENCE);

        assertThat(queued.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(queued.state().botMaySpeak()).isFalse();
        assertThat(queued.handoffReason()).contains(HandoffReason.LOW_CONFIDENCE);
        assertThat(queued.memory()).isEqualTo(BotMemory.EMPTY);
    }

    @Test
    void givenQueuedConversation_whenHandedOffAgain_thenRefused() {
        Conversation queued = started.handOff(HandoffReason.SHOPPER_REQUEST);

        assertThatThrownBy(() -> queued.handOff(HandoffReason.COMPLAINT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QUEUED");
    }

    @Test
    void givenQueuedConversation_whenClaimedReleasedClaimedAndResolved_thenEachStepKeepsTheReasonAndResolverIsKept() {
        Conversation assigned = started.handOff(HandoffReason.COMPLAINT).assignTo("anna");
        assertThat(assigned.isAssignedTo("anna")).isTrue();
        assertThat(assigned.isAssignedTo("olek")).isFalse();

        Conversation requeued = assigned.requeued();
        assertThat(requeued.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(requeued.assignedAgent()).isEmpty();

        Conversation closed = requeued.assignTo("olek").resolved();
        assertThat(closed.state()).isEqualTo(ConversationState.CLOSED);
        assertThat(closed.assignedAgent()).contains("olek");
        assertThat(closed.handoffReason()).contains(HandoffReason.COMPLAINT);
        assertThat(closed.isAssignedTo("olek")).isFalse();
    }

    @Test
    void givenClosedConversation_whenReopened_thenTheBotOwnsItAgainWithAFreshMemory() {
        Conversation reopened = started.handOff(HandoffReason.SHOPPER_REQUEST).assignTo("anna").resolved().reopened();

        assertThat(reopened.state()).isEqualTo(ConversationState.BOT);
        assertThat(reopened.handoffReason()).isEmpty();
        assertThat(reopened.assignedAgent()).isEmpty();
    }

    @Test
    void givenBotConversation_whenAnAgentTriesToClaimIt_thenRefused() {
        assertThatThrownBy(() -> started.assignTo("anna")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BOT");
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
