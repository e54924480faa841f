package dev.tandem.adapters.channels.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tandem.adapters.channels.OutboxListener;
import dev.tandem.adapters.events.InProcessConversationEvents;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Message;
import java.time.Duration;
import java.util.List;
import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Shows every bot, agent and system message of a Telegram conversation in its chat, including those written
 * long after the shopper's last message (an agent's reply), as this node's events announce them
 * ({@link OutboxListener}); each conversation's messages go out one after another in transcript order. A message
 * Telegram does not take, even after retries, is logged and skipped: the chat goes on and the transcript has it.
 */
final class TelegramOutbox implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramOutbox.class);
    /** Enough for a busy day's chats; past it the least recent are forgotten, costing one lookup each. */
    private static final int REMEMBERED_CONVERSATIONS = 10_000;

    private final OutboxListener listener;
    private final TelegramChats chats;
    private final TelegramBotApi api;
    private final SerialLanes<String> lanes;
    private final Counter failures;
    private final Cache<String, Long> telegramConversations =
            Caffeine.newBuilder().maximumSize(REMEMBERED_CONVERSATIONS).build();

    TelegramOutbox(InProcessConversationEvents events, TelegramChats chats, TelegramBotApi api, Duration patience,
                   Counter failures) {
        this.failures = failures;
        this.chats = chats;
        this.api = api;
        this.lanes = new SerialLanes<>(patience);
        this.listener = new OutboxListener("Telegram", events, message -> message.author() != Author.SHOPPER,
                message -> lanes.submit(message.conversationId(), () -> chatOf(message.conversationId())
                        .flatMap(chatId -> show(chatId, message))));
    }

    /** Messages written before anything reached the event bus (the greeting of a new conversation). */
    Mono<Void> deliver(String conversationId, long chatId, List<Message> messages) {
        telegramConversations.put(conversationId, chatId);
        return lanes.submit(conversationId, () -> Flux.fromIterable(messages)
                .concatMap(message -> show(chatId, message)).then());
    }

    private Mono<Long> chatOf(String conversationId) {
        Long known = telegramConversations.getIfPresent(conversationId);
        if (known != null) {
            return Mono.just(known);
        }
        return chats.chatOf(conversationId)
                .doOnNext(chatId -> telegramConversations.put(conversationId, chatId))
                .switchIfEmpty(Mono.fromRunnable(() -> listener.otherChannel(conversationId)));
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
        listener.start();
    }

    @Override
    public void stop() {
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }

    /** Queued deliveries not yet done (tests wait for 0). */
    int pending() {
        return lanes.busyLanes();
    }
}
