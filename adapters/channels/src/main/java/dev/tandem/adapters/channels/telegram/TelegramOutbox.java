package dev.tandem.adapters.channels.telegram;

import dev.tandem.adapters.events.InProcessConversationEvents;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.events.ConversationEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Shows every bot, agent and system message of a Telegram conversation in its chat, including those written
 * long after the shopper's last message (an agent's reply). It listens to the conversation events of this node
 * and only queues work there, so the event bus is never held up; each conversation's messages go out one after
 * another in transcript order. A message Telegram does not take, even after retries, is logged and skipped:
 * the chat goes on and the transcript has it.
 */
final class TelegramOutbox implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramOutbox.class);
    private static final int REMEMBERED_CONVERSATIONS = 10_000;

    private final InProcessConversationEvents events;
    private final TelegramChats chats;
    private final TelegramBotApi api;
    private final SerialLanes<String> lanes;
    private final Counter failures;
    private final Map<String, Long> telegramConversations = new ConcurrentHashMap<>();
    private final Set<String> otherConversations = ConcurrentHashMap.newKeySet();
    private volatile Disposable subscription;

    TelegramOutbox(InProcessConversationEvents events, TelegramChats chats, TelegramBotApi api, Duration patience,
                   Counter failures) {
        this.events = events;
        this.failures = failures;
        this.chats = chats;
        this.api = api;
        this.lanes = new SerialLanes<>(patience);
    }

    /** Messages written before anything reached the event bus (the greeting of a new conversation). */
    Mono<Void> deliver(String conversationId, long chatId, List<Message> messages) {
        remember(conversationId, chatId);
        return lanes.submit(conversationId, () -> Flux.fromIterable(messages)
                .concatMap(message -> show(chatId, message)).then());
    }

    private void onEvent(ConversationEvent event) {
        if (event.type() != ConversationEvent.Type.MESSAGE || otherConversations.contains(event.conversationId())) {
            return;
        }
        try {
            event.message().filter(message -> message.author() != Author.SHOPPER).ifPresent(message ->
                    lanes.submit(message.conversationId(), () -> chatOf(message.conversationId())
                            .flatMap(chatId -> show(chatId, message))));
        } catch (RuntimeException failure) {
            // Never let one event end the subscription: the next message must still go out.
            LOG.error("Could not queue a Telegram delivery for conversation {}", event.conversationId(), failure);
        }
    }

    private Mono<Long> chatOf(String conversationId) {
        Long known = telegramConversations.get(conversationId);
        if (known != null) {
            return Mono.just(known);
        }
        return chats.chatOf(conversationId)
                .doOnNext(chatId -> remember(conversationId, chatId))
                .switchIfEmpty(Mono.fromRunnable(() -> {
                    // Conversation ids are never reused: one of another channel stays one.
                    if (otherConversations.size() >= REMEMBERED_CONVERSATIONS) {
                        otherConversations.clear();
                    }
                    otherConversations.add(conversationId);
                }));
    }

    private void remember(String conversationId, long chatId) {
        if (telegramConversations.size() >= REMEMBERED_CONVERSATIONS) {
            telegramConversations.clear();
        }
        telegramConversations.put(conversationId, chatId);
    }

    private Mono<Void> show(long chatId, Message message) {
        return Flux.fromIterable(TelegramMessages.of(chatId, message))
                .concatMap(call -> api.sendMessage(call).onErrorResume(
                        failure -> failure instanceof TelegramApiException refused && refused.isFormattingRejected(),
                        rejected -> TelegramMessages.plainFallback(call, message).map(api::sendMessage)
                                .orElseGet(() -> Mono.error(rejected))))
                .then()
                .onErrorResume(failure -> {
                    failures.increment();
                    LOG.warn("Telegram did not take message {} of conversation {} for chat {}; it stays in the "
                            + "transcript. {}", message.seq(), message.conversationId(), chatId, api.redacted(failure));
                    return Mono.empty();
                });
    }

    @Override
    public void start() {
        subscription = events.stream().subscribe(this::onEvent,
                failure -> LOG.error("Telegram outbox stopped listening: {}", api.redacted(failure)));
    }

    @Override
    public void stop() {
        Disposable listening = subscription;
        if (listening != null) {
            listening.dispose();
        }
        subscription = null;
    }

    @Override
    public boolean isRunning() {
        return subscription != null && !subscription.isDisposed();
    }

    /** Queued deliveries not yet done (tests wait for 0). */
    int pending() {
        return lanes.busyLanes();
    }
}
