package dev.tandem.bot.agentdesk;

import dev.tandem.bot.shopper.ConversationAccess;
import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.AgentPresence;
import dev.tandem.bot.team.Presence;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.bot.shopper.ConversationTurn;
import dev.tandem.bot.shopper.TurnRecorder;
import dev.tandem.bot.shopper.port.AgentAtCapacityException;
import dev.tandem.bot.shopper.port.ConcurrentTurnException;
import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.ConversationEvent.Type;
import dev.tandem.bot.queue.LiveQueue;
import dev.tandem.bot.queue.QueueChange;
import dev.tandem.bot.queue.QueueEntry;
import dev.tandem.bot.queue.QueueSnapshot;
import dev.tandem.bot.text.ChatText;
import dev.tandem.intents.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The agent actions as turns: each reads the conversation and the queue, checks the agent may act, and
 * saves the new state, a notice to the shopper in their language, the queue change and the event at once.
 * A concurrent change makes the store refuse the turn; the action is then recomputed on the new state, so
 * of 100 agents claiming one conversation exactly one wins and the others get a conflict.
 */
public final class AgentDeskService implements AgentDesk {

    private final ConversationAccess conversations;
    private final TurnRecorder recorder;
    private final LiveQueue queue;
    private final AgentRoster roster;
    private final AgentPresence presence;
    private final Clock clock;

    public AgentDeskService(Conversations conversations, TurnRecorder recorder, LiveQueue queue, AgentRoster roster,
                            AgentPresence presence, Clock clock) {
        this.conversations = new ConversationAccess(conversations);
        this.recorder = recorder;
        this.queue = queue;
        this.roster = roster;
        this.presence = presence;
        this.clock = clock;
    }

    /** What an action does to a conversation, computed from the current state. */
    private interface Action {
        Change apply(Conversation conversation, QueueSnapshot snapshot, Instant now);
    }

    private record Change(Conversation updated, Optional<String> notice, QueueChange queue, ConversationEvent event,
                          Runnable afterwards) {
    }

    @Override
    public Mono<Conversation> claim(String agent, String conversationId) {
        return act(agent, conversationId, (conversation, snapshot, now) -> {
            if (conversation.isAssignedTo(agent)) {
                return null;
            }
            if (conversation.state() == ConversationState.ASSIGNED) {
                throw new AgentConflictException("already_claimed",
                        "conversation " + conversationId + " is already taken by " + conversation.assignedAgent().orElseThrow());
            }
            requireState(conversation, ConversationState.QUEUED, "claimed");
            QueueEntry entry = entryOf(snapshot, conversationId);
            requireSpeaks(agent, entry);
            requireCapacity(agent, snapshot);
            Duration waited = entry.waitingSince(now);
            return new Change(conversation.assignTo(agent),
                    Optional.of(BotTexts.text(conversation.language(), "agent.joined", shownAs(agent))),
                    new QueueChange.Assign(agent, now),
                    event(Type.CLAIMED, conversation, ConversationState.ASSIGNED, now, agent).withValue(waited.toSeconds()),
                    () -> queue.recordPickup(waited));
        });
    }

    /** Shoppers see an agent by their display name ("Anna"), never the sign-in name. */
    private String shownAs(String agent) {
        return roster.find(agent).map(Agent::displayName).orElse(agent);
    }

    @Override
    public Mono<Conversation> release(String agent, String conversationId) {
        return act(agent, conversationId, (conversation, snapshot, now) -> requeue(agent, conversation, snapshot, now,
                "agent.released", "released"));
    }

    @Override
    public Mono<Conversation> transfer(String agent, String conversationId, TransferTarget target) {
        return act(agent, conversationId, (conversation, snapshot, now) -> {
            HeldChat.require(conversation, agent);
            if (target.language().isPresent()) {
                QueueEntry entry = entryOf(snapshot, conversationId);
                return new Change(conversation.requeued(),
                        Optional.of(BotTexts.text(conversation.language(), "agent.transferred", shownAs(agent))),
                        new QueueChange.Unassign(target.language().get()),
                        event(Type.TRANSFERRED, conversation, ConversationState.QUEUED, now, agent)
                                .withDetail("language:" + target.language().get().code() + " from:" + entry.language().code()),
                        () -> { });
            }
            String colleague = target.agent().orElseThrow();
            if (roster.find(colleague).isEmpty()) {
                throw new InvalidAgentRequestException("there is no agent called '" + colleague + "'");
            }
            if (colleague.equals(agent)) {
                throw new InvalidAgentRequestException("the conversation is already yours");
            }
            if (presence.of(colleague) == Presence.OFFLINE) {
                // Their chats go back to the queue once they have been gone a while: the shopper would only wait.
                throw new AgentConflictException("agent_offline", colleague + " is offline; transfer to a colleague "
                        + "who is online, or to a language team's queue");
            }
            requireCapacity(colleague, snapshot);
            return new Change(conversation.reassignedTo(colleague),
                    Optional.of(BotTexts.text(conversation.language(), "agent.transferred", shownAs(agent))),
                    new QueueChange.Assign(colleague, now),
                    event(Type.TRANSFERRED, conversation, ConversationState.ASSIGNED, now, agent).withDetail("agent:" + colleague),
                    () -> { });
        });
    }

    @Override
    public Mono<Conversation> resolve(String agent, String conversationId) {
        return act(agent, conversationId, (conversation, snapshot, now) -> {
            HeldChat.require(conversation, agent);
            Duration handled = entryOf(snapshot, conversationId).assignedAt()
                    .map(since -> Duration.between(since, now)).orElse(Duration.ZERO);
            return new Change(conversation.resolved(),
                    Optional.of(BotTexts.text(conversation.language(), "agent.resolved", shownAs(agent))),
                    new QueueChange.Remove(),
                    event(Type.RESOLVED, conversation, ConversationState.CLOSED, now, agent).withValue(handled.toSeconds()),
                    () -> queue.recordHandled(handled));
        });
    }

    @Override
    public Mono<Conversation> returnToBot(String agent, String conversationId) {
        return act(agent, conversationId, (conversation, snapshot, now) -> {
            HeldChat.require(conversation, agent);
            return new Change(conversation.returnedToBot(),
                    Optional.of(BotTexts.text(conversation.language(), "agent.returned")), new QueueChange.Remove(),
                    event(Type.RETURNED_TO_BOT, conversation, ConversationState.BOT, now, agent), () -> { });
        });
    }

    @Override
    public Mono<Message> reply(String agent, String conversationId, String text) {
        return Mono.fromCallable(() -> ChatText.message(text, InvalidAgentRequestException::new))
                .flatMap(kept -> Mono.defer(() -> {
                            presence.seen(agent, clock.instant());
                            return conversations.existing(conversationId);
                        })
                        .flatMap(conversation -> {
                            HeldChat.require(conversation, agent);
                            Instant now = clock.instant();
                            Message message = Message.agent(conversationId, conversation.lastSeq() + 1, kept, now, agent);
                            return recorder.record(ConversationTurn.of(conversation, conversation.advanced(1, now),
                                            List.of(message)))
                                    .thenReturn(message);
                        })
                        .retryWhen(ConcurrentTurnException.retries()));
    }

    @Override
    public Mono<Integer> returnChatsOfAbsentAgents() {
        return Mono.defer(() -> {
            List<String> absent = queue.absentAgents(clock.instant());
            if (absent.isEmpty()) {
                return Mono.just(0);
            }
            return queue.snapshot()
                    .flatMapMany(snapshot -> Flux.fromIterable(absent).flatMapIterable(snapshot::heldBy))
                    .concatMap(entry -> act(entry.assignedAgent().orElseThrow(), entry.conversationId(),
                            (conversation, snapshot, now) -> conversation.isAssignedTo(entry.assignedAgent().get())
                                    ? requeue(entry.assignedAgent().get(), conversation, snapshot, now, "agent.gone", "offline")
                                    : null)
                            .onErrorResume(AgentConflictException.class, conflict -> Mono.empty()))
                    .count()
                    .map(Math::toIntExact);
        });
    }

    private Change requeue(String agent, Conversation conversation, QueueSnapshot snapshot, Instant now, String noticeKey,
                           String why) {
        HeldChat.require(conversation, agent);
        QueueEntry entry = entryOf(snapshot, conversation.id());
        return new Change(conversation.requeued(), Optional.of(BotTexts.text(conversation.language(), noticeKey)),
                new QueueChange.Unassign(entry.language()),
                event(Type.RELEASED, conversation, ConversationState.QUEUED, now, agent).withDetail(why), () -> { });
    }

    /**
     * Runs an action as a turn. An action returning {@code null} means nothing to change (claiming one's own
     * conversation again): the current state is the answer.
     */
    private Mono<Conversation> act(String agent, String conversationId, Action action) {
        return Mono.defer(() -> {
                    presence.seen(agent, clock.instant());
                    return Mono.zip(conversations.existing(conversationId), queue.snapshot());
                })
                .flatMap(current -> {
                    Conversation conversation = current.getT1();
                    Instant now = clock.instant();
                    Change change = action.apply(conversation, current.getT2(), now);
                    if (change == null) {
                        return Mono.just(conversation);
                    }
                    List<Message> notice = change.notice().stream()
                            .map(text -> Message.from(Author.SYSTEM, conversation.id(), conversation.lastSeq() + 1, text,
                                    now, conversation.language().code(), Optional.empty(), List.of()))
                            .toList();
                    ConversationTurn turn = new ConversationTurn(conversation.version(),
                            change.updated().advanced(notice.size(), now), notice, change.queue(), Optional.empty(),
                            List.of(change.event()));
                    return recorder.record(turn).doOnSuccess(saved -> change.afterwards().run()).map(ConversationTurn::updated);
                })
                // Recomputed on the current queue, an assignment the store refused at capacity is refused here.
                .retryWhen(ConcurrentTurnException.retries()
                        .modifyErrorFilter(lostRace -> lostRace.or(AgentAtCapacityException.class::isInstance)));
    }

    private void requireCapacity(String agent, QueueSnapshot snapshot) {
        int capacity = roster.find(agent).map(Agent::capacity)
                .orElseThrow(() -> new InvalidAgentRequestException("'" + agent + "' is not an agent of this shop"));
        if (snapshot.load(agent) >= capacity) {
            throw new AgentConflictException("at_capacity",
                    agent + " already handles " + capacity + " chats, the most they take at once");
        }
    }

    /** The queue's language line decides: the shopper's language, or the team a colleague transferred it to. */
    private void requireSpeaks(String agent, QueueEntry entry) {
        roster.find(agent).filter(known -> !known.speaks(entry.language())).ifPresent(known -> {
            throw new AgentConflictException("other_language", "conversation " + entry.conversationId()
                    + " waits for an agent who speaks " + entry.language().code() + "; " + agent + " takes chats in "
                    + known.languages().stream().map(Language::code).sorted().collect(Collectors.joining(", ")));
        });
    }

    private static void requireState(Conversation conversation, ConversationState expected, String action) {
        if (conversation.state() != expected) {
            throw new AgentConflictException("not_queued", "conversation " + conversation.id() + " is "
                    + conversation.state() + " and cannot be " + action);
        }
    }

    private static QueueEntry entryOf(QueueSnapshot snapshot, String conversationId) {
        return snapshot.entry(conversationId).orElseThrow(() -> new AgentConflictException("not_queued",
                "conversation " + conversationId + " has no place in the queue"));
    }

    private static ConversationEvent event(Type type, Conversation conversation, ConversationState after, Instant now,
                                           String agent) {
        return ConversationEvent.of(type, conversation.id(), after, now).withAgent(agent);
    }
}
