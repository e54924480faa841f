package dev.tandem.adapters.stream;

import dev.tandem.adapters.events.LiveEvents;
import dev.tandem.bot.away.AwayReplies;
import dev.tandem.bot.shopper.ConversationNotFoundException;
import dev.tandem.bot.shopper.ReadShopperTranscript;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.bot.queue.WatchQueue;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.reactivestreams.Publisher;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/v1/conversations/{id}/stream?token=…&after=<seq>}: the shopper's live view. First every message
 * after {@code after} from the store, then new messages, state changes and queue-position updates as they
 * happen; a message is never sent twice (seq only goes up), so a reconnect with the last seq it saw resumes
 * exactly where the client was.
 */
@Component
public class ShopperStreamHandler implements WebSocketHandler {

    static final String PATH = "/api/v1/conversations/*/stream";

    private final ReadShopperTranscript transcript;
    private final LiveEvents events;
    private final WatchQueue queue;
    private final AgentRoster roster;
    private final ObjectMapper json;
    private final IdleConnections idle;
    private final AwayReplies awayReplies;

    public ShopperStreamHandler(ReadShopperTranscript transcript, LiveEvents events, WatchQueue queue,
                                AgentRoster roster, ObjectMapper json, IdleConnections idle, AwayReplies awayReplies) {
        this.awayReplies = awayReplies;
        this.roster = roster;
        this.idle = idle;
        this.transcript = transcript;
        this.events = events;
        this.queue = queue;
        this.json = json;
    }

    @Override
    public Mono<Void> handle(WebSocketSession session) {
        var uri = UriComponentsBuilder.fromUri(session.getHandshakeInfo().getUri()).build();
        var segments = uri.getPathSegments();
        String conversationId = segments.get(segments.size() - 2);
        String token = Optional.ofNullable(uri.getQueryParams().getFirst("token")).orElse("");
        long after;
        try {
            after = Math.max(0, Long.parseLong(Optional.ofNullable(uri.getQueryParams().getFirst("after")).orElse("0")));
        } catch (NumberFormatException notANumber) {
            return session.close(CloseStatus.BAD_DATA.withReason("after must be a message seq"));
        }
        AtomicLong lastSent = new AtomicLong(after);
        AtomicReference<ConversationState> state = new AtomicReference<>();
        // Other conversations' queue changes matter while this one waits in line, or might (its state not yet known).
        BooleanSupplier waiting = () -> {
            ConversationState known = state.get();
            return known == null || known == ConversationState.QUEUED;
        };
        Flux<String> frames = LiveFeed.stream(tap -> events.tapConversation(conversationId, waiting, tap),
                live -> Flux.concat(
                        unsent(conversationId, token, after, Long.MAX_VALUE, lastSent),
                        position(conversationId, state),
                        live.concatMap(event -> update(event, conversationId, token, lastSent, state))))
                .concatMap(frame -> reached(conversationId, frame).thenReturn(frame))
                .map(json::writeValueAsString);
        // The token is checked before anything is sent: a failed send would end the connection without the close
        // frame that says why (the database read fails on a database thread, not inside the send).
        Mono<Void> opens = Flux.from(transcript.messagesAfter(conversationId, token, Long.MAX_VALUE)).then();
        return opens.then(Mono.defer(() -> idle.serve(session, frames.map(session::textMessage))))
                .onErrorResume(ConversationNotFoundException.class, missing -> session.close(
                        CloseStatus.POLICY_VIOLATION.withReason("no conversation with this id opens with this token")))
                .onErrorResume(LiveFeed.StreamOverflowException.class, behind -> session.close(
                        CloseStatus.GOING_AWAY.withReason(behind.getMessage())));
    }

    private Publisher<Object> update(ConversationEvent event, String conversationId, String token, AtomicLong lastSent,
                                     AtomicReference<ConversationState> state) {
        if (event.type() == ConversationEvent.Type.MESSAGE) {
            state.set(event.state());
            long seq = event.message().orElseThrow().seq();
            long sent = lastSent.get();
            if (seq <= sent + 1) {
                return advance(lastSent, seq) ? Mono.just(StreamEvents.MessageEvent.of(event)) : Mono.empty();
            }
            // Messages written on other nodes may be announced out of order, and an announcement can be lost
            // (a broken notification connection): a gap before this seq is filled from the transcript, where
            // every message up to it is already committed.
            return unsent(conversationId, token, sent, seq, lastSent);
        }
        if (event.type() == ConversationEvent.Type.QUEUE_CHANGED) {
            return state.get() == ConversationState.QUEUED || event.conversationId().equals(conversationId)
                    ? position(conversationId, state) : Mono.empty();
        }
        if (event.type() == ConversationEvent.Type.AGENT_TYPING && event.conversationId().equals(conversationId)) {
            return Mono.just(StreamEvents.TypingEvent.agent(event, roster));
        }
        if (StreamEvents.changesState(event)) {
            state.set(event.state());
            return Mono.just(StreamEvents.StateEvent.forShopper(event, roster));
        }
        return Mono.empty();
    }

    /** The transcript's messages after {@code after} up to {@code upTo} that this stream has not sent yet. */
    private Flux<Object> unsent(String conversationId, String token, long after, long upTo, AtomicLong lastSent) {
        return transcript.messagesAfter(conversationId, token, after)
                .filter(message -> message.seq() <= upTo && advance(lastSent, message.seq()))
                .map(StreamEvents.MessageEvent::of);
    }

    /** The shopper's place in line, if waiting; finding it waiting also tells the stream its state. */
    private Mono<Object> position(String conversationId, AtomicReference<ConversationState> state) {
        return queue.statusOf(conversationId).flatMap(status -> status
                .map(found -> Mono.<Object>fromSupplier(() -> {
                    state.compareAndSet(null, ConversationState.QUEUED);
                    return new StreamEvents.QueuePositionEvent("queue", found.position(),
                        found.estimatedWait().map(Duration::toSeconds).orElse(null));
                }))
                .orElseGet(Mono::empty));
    }

    /** An agent's reply sent to the shopper's widget needs no mail (see AwayReplies); a failure to note it costs a mail. */
    private Mono<Void> reached(String conversationId, Object frame) {
        return frame instanceof StreamEvents.MessageEvent sent && "AGENT".equals(sent.message().author())
                ? awayReplies.reached(conversationId, sent.message().seq()).onErrorComplete() : Mono.empty();
    }

    /** Moves the high-water mark; false when this seq was sent already. */
    private static boolean advance(AtomicLong lastSent, long seq) {
        return lastSent.getAndAccumulate(seq, Math::max) < seq;
    }
}
