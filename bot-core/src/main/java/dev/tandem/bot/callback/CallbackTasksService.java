package dev.tandem.bot.callback;

import dev.tandem.bot.callback.port.CallbackStore;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.port.ConversationEvents;
import dev.tandem.bot.team.port.AgentRoster;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Lists and closes callback tasks; two agents marking one at once: the store lets exactly one win. */
public final class CallbackTasksService implements CallbackTasks {

    /** Listed at most: the open list is worked from the top, the done list is a short history. */
    static final int LISTED = 200;

    private final CallbackStore store;
    private final AgentRoster roster;
    private final ConversationEvents events;
    private final Clock clock;

    public CallbackTasksService(CallbackStore store, AgentRoster roster, ConversationEvents events, Clock clock) {
        this.store = store;
        this.roster = roster;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Flux<CallbackRequest> open(String agent) {
        return store.open(LISTED).filter(speaks(agent));
    }

    @Override
    public Flux<CallbackRequest> done(String agent) {
        return store.done(LISTED).filter(speaks(agent));
    }

    @Override
    public Mono<CallbackRequest> markDone(String agent, String id) {
        return store.find(id)
                .switchIfEmpty(Mono.error(() -> new CallbackNotFoundException(id)))
                .flatMap(request -> {
                    Instant now = clock.instant();
                    return store.markDone(id, agent, now).flatMap(marked -> marked
                            ? Mono.fromRunnable(() -> events.publish(List.of(ConversationEvent.of(
                                            ConversationEvent.Type.CALLBACK_CHANGED, request.conversationId(),
                                            ConversationState.QUEUED, now).withAgent(agent))))
                                    .thenReturn(request.doneBy(agent, now))
                            : store.find(id).flatMap(current -> Mono.<CallbackRequest>error(new CallbackRefusedException("already_done",
                                    "this callback was already marked done" + (current.state() instanceof CallbackState.Done done
                                            ? " by " + done.agent() : "")))));
                });
    }

    /** An agent sees the requests in the languages they take chats in (all when they have none configured). */
    private Predicate<CallbackRequest> speaks(String agent) {
        return request -> roster.find(agent).map(known -> known.speaks(request.language())).orElse(true);
    }
}
