package dev.tandem.bot.conversation;

import dev.tandem.intents.Language;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A shopper's conversation with the shop. Immutable: every change returns the next version, and the store
 * refuses to save a version that was not derived from the stored one ({@link #version()}), so two turns
 * racing on one conversation cannot both land.
 *
 * @param lastSeq             seq of the newest message; the next message gets {@code lastSeq + 1}
 * @param lowConfidenceStreak shopper messages in a row the bot was unsure about
 */
public record Conversation(
        String id,
        String tokenHash,
        Channel channel,
        Language language,
        ConversationState state,
        Optional<HandoffReason> handoffReason,
        int lowConfidenceStreak,
        long lastSeq,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(handoffReason, "handoffReason");
    }

    public static Conversation start(String id, String tokenHash, Channel channel, Language language, Instant now) {
        return new Conversation(id, tokenHash, channel, language, ConversationState.BOT, Optional.empty(),
                0, 0, 0, now, now);
    }

    public Conversation speaking(Language newLanguage) {
        return new Conversation(id, tokenHash, channel, newLanguage, state, handoffReason, lowConfidenceStreak,
                lastSeq, version, createdAt, updatedAt);
    }

    public Conversation withLowConfidenceStreak(int streak) {
        return new Conversation(id, tokenHash, channel, language, state, handoffReason, streak,
                lastSeq, version, createdAt, updatedAt);
    }

    /** Hands the conversation to the agent queue; only the bot can hand off what it owns. */
    public Conversation handOff(HandoffReason reason) {
        if (state != ConversationState.BOT) {
            throw new IllegalStateException("conversation " + id + " is " + state + ", only BOT can hand off");
        }
        return new Conversation(id, tokenHash, channel, language, ConversationState.QUEUED, Optional.of(reason),
                0, lastSeq, version, createdAt, updatedAt);
    }

    /** The version that follows this one once {@code appended} messages were added at {@code now}. */
    public Conversation advanced(int appended, Instant now) {
        return new Conversation(id, tokenHash, channel, language, state, handoffReason, lowConfidenceStreak,
                lastSeq + appended, version + 1, createdAt, now);
    }
}
