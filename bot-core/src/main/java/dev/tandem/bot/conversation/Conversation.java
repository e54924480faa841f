package dev.tandem.bot.conversation;

import dev.tandem.intents.Language;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A shopper's conversation with the shop. Immutable: every change returns the next version, and the store
 * refuses to save a version that was not derived from the stored one ({@link #version()}), so two changes
 * racing on one conversation (two messages, two agents claiming it) cannot both land.
 *
 * <p>States: {@code BOT → QUEUED} (handoff) {@code → ASSIGNED} (claim) {@code → CLOSED} (resolve); an agent
 * may release it back to the queue or return it to the bot; a shopper writing after resolve reopens it.
 *
 * @param assignedAgent the agent in charge while {@code ASSIGNED}; once {@code CLOSED}, who resolved it
 * @param contactEmail  where the shopper can be answered: the first e-mail address they wrote in the chat
 * @param lastSeq       seq of the newest message; the next message gets {@code lastSeq + 1}
 */
public record Conversation(
        String id,
        String tokenHash,
        Channel channel,
        Language language,
        ConversationState state,
        Optional<HandoffReason> handoffReason,
        Optional<String> assignedAgent,
        BotMemory memory,
        Optional<String> contactEmail,
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
        Objects.requireNonNull(assignedAgent, "assignedAgent");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(contactEmail, "contactEmail");
        if (state == ConversationState.ASSIGNED && assignedAgent.isEmpty()) {
            throw new IllegalArgumentException("an ASSIGNED conversation has an agent");
        }
    }

    public static Conversation start(String id, String tokenHash, Channel channel, Language language, Instant now) {
        return new Conversation(id, tokenHash, channel, language, ConversationState.BOT, Optional.empty(),
                Optional.empty(), BotMemory.EMPTY, Optional.empty(), 0, 0, now, now);
    }

    public Conversation speaking(Language newLanguage) {
        return new Conversation(id, tokenHash, channel, newLanguage, state, handoffReason, assignedAgent, memory,
                contactEmail, lastSeq, version, createdAt, updatedAt);
    }

    public Conversation remembering(BotMemory newMemory) {
        return new Conversation(id, tokenHash, channel, language, state, handoffReason, assignedAgent, newMemory,
                contactEmail, lastSeq, version, createdAt, updatedAt);
    }

    public Conversation withContactEmail(String email) {
        return new Conversation(id, tokenHash, channel, language, state, handoffReason, assignedAgent, memory,
                Optional.of(email), lastSeq, version, createdAt, updatedAt);
    }

    /** Hands the conversation to the agent queue; only the bot can hand off what it owns. */
    public Conversation handOff(HandoffReason reason) {
        require(ConversationState.BOT, "hand off");
        return moved(ConversationState.QUEUED, Optional.of(reason), Optional.empty(), BotMemory.EMPTY);
    }

    /** An agent takes a waiting conversation. */
    public Conversation assignTo(String agent) {
        require(ConversationState.QUEUED, "be claimed");
        return moved(ConversationState.ASSIGNED, handoffReason, Optional.of(agent), memory);
    }

    /** The agent puts it back in line (release, transfer to a language group, agent gone). */
    public Conversation requeued() {
        require(ConversationState.ASSIGNED, "return to the queue");
        return moved(ConversationState.QUEUED, handoffReason, Optional.empty(), memory);
    }

    /** The agent in charge passes it straight to a colleague. */
    public Conversation reassignedTo(String agent) {
        require(ConversationState.ASSIGNED, "be transferred");
        return moved(ConversationState.ASSIGNED, handoffReason, Optional.of(agent), memory);
    }

    /** Closed; the agent who resolved it stays on record (the rating is theirs). */
    public Conversation resolved() {
        require(ConversationState.ASSIGNED, "be resolved");
        return moved(ConversationState.CLOSED, handoffReason, assignedAgent, BotMemory.EMPTY);
    }

    /** The agent hands it back to the bot: the history stays, the bot starts afresh. */
    public Conversation returnedToBot() {
        require(ConversationState.ASSIGNED, "return to the bot");
        return moved(ConversationState.BOT, Optional.empty(), Optional.empty(), BotMemory.EMPTY);
    }

    /** The shopper wrote after the conversation was resolved: the bot takes it again. */
    public Conversation reopened() {
        require(ConversationState.CLOSED, "reopen");
        return moved(ConversationState.BOT, Optional.empty(), Optional.empty(), BotMemory.EMPTY);
    }

    public boolean isAssignedTo(String agent) {
        return state == ConversationState.ASSIGNED && assignedAgent.filter(agent::equals).isPresent();
    }

    /** The version that follows this one once {@code appended} messages were added at {@code now}. */
    public Conversation advanced(int appended, Instant now) {
        return new Conversation(id, tokenHash, channel, language, state, handoffReason, assignedAgent, memory,
                contactEmail, lastSeq + appended, version + 1, createdAt, now);
    }

    private Conversation moved(ConversationState to, Optional<HandoffReason> reason, Optional<String> agent,
                               BotMemory newMemory) {
        return new Conversation(id, tokenHash, channel, language, to, reason, agent, newMemory, contactEmail,
                lastSeq, version, createdAt, updatedAt);
    }

    private void require(ConversationState expected, String action) {
        if (state != expected) {
            throw new IllegalStateException("conversation " + id + " is " + state + " and cannot " + action);
        }
    }
}
