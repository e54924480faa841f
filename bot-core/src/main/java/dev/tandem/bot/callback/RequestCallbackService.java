package dev.tandem.bot.callback;

import dev.tandem.bot.shopper.ConversationAccess;
import dev.tandem.bot.callback.port.CallbackStore;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.port.ConversationEvents;
import dev.tandem.bot.shopper.ConversationTurn;
import dev.tandem.bot.shopper.ShopperCredential;
import dev.tandem.bot.shopper.TurnRecorder;
import dev.tandem.bot.shopper.port.ConcurrentTurnException;
import dev.tandem.bot.shopper.port.Conversations;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Saves the task first, then the transcript line: should the line not be saved, an agent still calls. Only a chat
 * waiting in the queue may ask, once while a request of it is open.
 */
public final class RequestCallbackService implements RequestCallback {

    private final ConversationAccess conversations;
    private final CallbackStore store;
    private final TurnRecorder recorder;
    private final ConversationEvents events;
    private final Clock clock;

    public RequestCallbackService(Conversations conversations, CallbackStore store, TurnRecorder recorder,
                                  ConversationEvents events, Clock clock) {
        this.conversations = new ConversationAccess(conversations);
        this.store = store;
        this.recorder = recorder;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Mono<Requested> request(String conversationId, String token, String phone, String window) {
        ShopperCredential credential = new ShopperCredential.Token(token == null ? "" : token);
        return conversations.openedBy(conversationId, credential)
                .flatMap(conversation -> {
                    PhoneNumber number = PhoneNumber.parse(phone);
                    TimeWindow when = TimeWindow.fromApi(window);
                    if (conversation.state() != ConversationState.QUEUED) {
                        return Mono.error(new CallbackRefusedException("not_waiting", "a call back can be asked for "
                                + "while waiting for a person; this conversation is " + conversation.state()));
                    }
                    return store.hasOpen(conversationId).flatMap(open -> {
                        if (open) {
                            return Mono.error(new CallbackRefusedException("callback_already_requested",
                                    "a call back is already asked for in this conversation; an agent will call"));
                        }
                        CallbackRequest request = new CallbackRequest(UUID.randomUUID().toString(), conversationId,
                                conversation.language(), number, when, clock.instant(), CallbackState.OPEN);
                        return store.save(request)
                                .then(confirm(conversationId, request))
                                .doOnSuccess(confirmation -> events.publish(List.of(ConversationEvent.of(
                                        ConversationEvent.Type.CALLBACK_CHANGED, conversationId,
                                        ConversationState.QUEUED, request.requestedAt()))))
                                .map(confirmation -> new Requested(request, confirmation));
                    });
                });
    }

    /** The transcript line, appended as a turn of its own (recomputed if the conversation moved on meanwhile). */
    private Mono<Message> confirm(String conversationId, CallbackRequest request) {
        return Mono.defer(() -> conversations.existing(conversationId)
                        .flatMap(conversation -> {
                            Instant now = clock.instant();
                            Message line = Message.from(Author.SYSTEM, conversationId, conversation.lastSeq() + 1,
                                    confirmation(conversation, request), now, conversation.language().code(),
                                    Optional.empty(), List.of());
                            return recorder.record(ConversationTurn.of(conversation, conversation.advanced(1, now),
                                    List.of(line))).thenReturn(line);
                        }))
                .retryWhen(ConcurrentTurnException.retries());
    }

    private static String confirmation(Conversation conversation, CallbackRequest request) {
        return BotTexts.text(conversation.language(), "callback.requested", request.phone().value(),
                BotTexts.text(conversation.language(), "callback.window." + request.window().apiName()));
    }
}
