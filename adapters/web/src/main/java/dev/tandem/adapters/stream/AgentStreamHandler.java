package dev.tandem.adapters.stream;

import dev.tandem.adapters.agent.AgentDeskController;
import dev.tandem.adapters.events.AgentConnections;
import dev.tandem.adapters.events.LiveEvents;
import dev.tandem.adapters.events.PresenceRelay;
import dev.tandem.bot.team.TrackAgentPresence;
import dev.tandem.bot.team.Presence;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.queue.ViewAgentQueue;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/v1/agent/stream} (role AGENT): the agent's live desk. The queue as they may take it (their
 * languages), on connect and whenever it moves; every change of hands; and the messages of their own
 * conversations and of the waiting ones their queue shows.
 * The connection is also the agent's presence: connected is online, and when their last connection drops
 * they are offline, so their chats return to the queue after the grace period.
 */
@Component
public class AgentStreamHandler implements WebSocketHandler {

    static final String PATH = "/api/v1/agent/stream";

    private final ViewAgentQueue viewAgentQueue;
    private final LiveEvents events;
    private final TrackAgentPresence presence;
    private final ObjectMapper json;
    private final Clock clock;
    private final AgentConnections connections;
    private final PresenceRelay relay;
    private final IdleConnections idle;

    public AgentStreamHandler(ViewAgentQueue viewAgentQueue, LiveEvents events, TrackAgentPresence presence,
                              ObjectMapper json, Clock clock, AgentConnections connections,
                              ObjectProvider<PresenceRelay> relay, IdleConnections idle) {
        this.idle = idle;
        this.viewAgentQueue = viewAgentQueue;
        this.events = events;
        this.presence = presence;
        this.json = json;
        this.clock = clock;
        this.connections = connections;
        this.relay = relay.getIfAvailable(() -> PresenceRelay.NONE);
    }

    @Override
    public Mono<Void> handle(WebSocketSession session) {
        return session.getHandshakeInfo().getPrincipal()
                .map(Principal::getName)
                .flatMap(agent -> {
                    connected(agent);
                    Shown shown = new Shown();
                    Flux<String> frames = LiveFeed.stream(events::tapAll, live -> Flux.concat(
                                    queueFor(agent, shown),
                                    live.concatMap(event -> update(event, agent, shown))))
                            .map(json::writeValueAsString);
                    return idle.serve(session, frames.map(session::textMessage))
                            .onErrorResume(LiveFeed.StreamOverflowException.class, behind -> session.close(
                                    CloseStatus.GOING_AWAY.withReason(behind.getMessage())))
                            .doFinally(signal -> disconnected(agent));
                })
                .switchIfEmpty(Mono.defer(() -> session.close(CloseStatus.POLICY_VIOLATION.withReason("sign in as an agent"))));
    }

    private Mono<Object> update(ConversationEvent event, String agent, Shown shown) {
        return switch (event.type()) {
            case QUEUE_CHANGED -> queueFor(agent, shown);
            case MESSAGE -> event.agent().filter(agent::equals).isPresent()
                    || (event.state() == ConversationState.QUEUED && shown.waiting.contains(event.conversationId()))
                    ? Mono.just(StreamEvents.MessageEvent.of(event)) : Mono.empty();
            case SHOPPER_TYPING -> event.agent().filter(agent::equals).isPresent()
                    ? Mono.just(StreamEvents.TypingEvent.shopper(event)) : Mono.empty();
            case NOTE_ADDED -> Mono.just(StreamEvents.NoteEvent.of(event));
            case CALLBACK_CHANGED -> Mono.just(StreamEvents.CallbacksEvent.CHANGED);
            default -> StreamEvents.changesState(event) ? Mono.just(StreamEvents.StateEvent.of(event)) : Mono.empty();
        };
    }

    private Mono<Object> queueFor(String agent, Shown shown) {
        return viewAgentQueue.waiting(agent).map(AgentDeskController.QueuedConversation::of).collectList()
                .map(waiting -> {
                    shown.waiting = waiting.stream().map(AgentDeskController.QueuedConversation::id)
                            .collect(Collectors.toUnmodifiableSet());
                    return new StreamEvents.AgentQueueEvent("queue", waiting);
                });
    }

    /**
     * The waiting conversations this connection's queue last showed (the agent's languages): only their
     * messages are sent, so an agent does not read the chats of other language teams. Updated in event order.
     */
    private static final class Shown {
        volatile Set<String> waiting = Set.of();
    }

    private void connected(String agent) {
        connections.opened(agent);
        Instant now = clock.instant();
        presence.seen(agent, now);
        relay.announce(agent, presence.of(agent), now);
    }

    private void disconnected(String agent) {
        if (connections.closed(agent)) {
            Instant now = clock.instant();
            presence.set(agent, Presence.OFFLINE, now);
            relay.announce(agent, Presence.OFFLINE, now);
        }
    }
}
