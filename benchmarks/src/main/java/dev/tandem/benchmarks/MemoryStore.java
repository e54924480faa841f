package dev.tandem.benchmarks;

import dev.tandem.bot.chat.ConversationTurn;
import dev.tandem.bot.chat.Rating;
import dev.tandem.bot.chat.port.ConcurrentTurnException;
import dev.tandem.bot.chat.port.Conversations;
import dev.tandem.bot.chat.port.Ratings;
import dev.tandem.bot.chat.port.Transcripts;
import dev.tandem.bot.chat.port.TurnStore;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.port.EventLog;
import dev.tandem.bot.handoff.QueueChange;
import dev.tandem.bot.handoff.port.AgentQueueStore;
import dev.tandem.bot.handoff.QueueEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The storage ports in memory, keeping what the bot turn reads (conversation, transcript, queue) with the same
 * version check as the SQL adapter, so the benchmark measures the bot and not a database. Finished conversations
 * are forgotten, so a long run does not measure a growing heap. bot-core's test fixture {@code InMemoryStore}
 * is not used: benchmarks build against main code only, and that store keeps every event forever.
 */
final class MemoryStore implements Conversations, Transcripts, TurnStore, Ratings, EventLog, AgentQueueStore {

    private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
    private final Map<String, List<Message>> transcripts = new ConcurrentHashMap<>();
    private final Map<String, QueueEntry> queue = new ConcurrentHashMap<>();

    @Override
    public Mono<Void> open(Conversation conversation, List<Message> opening) {
        return Mono.fromRunnable(() -> {
            transcripts.put(conversation.id(), new ArrayList<>(opening));
            conversations.put(conversation.id(), conversation);
        });
    }

    @Override
    public Mono<Conversation> find(String conversationId) {
        return Mono.fromSupplier(() -> conversations.get(conversationId));
    }

    @Override
    public Mono<Void> record(ConversationTurn turn) {
        return Mono.fromRunnable(() -> {
            String id = turn.updated().id();
            Conversation stored = conversations.get(id);
            if (stored == null || stored.version() != turn.expectedVersion()) {
                throw new ConcurrentTurnException(id, turn.expectedVersion());
            }
            conversations.put(id, turn.updated());
            List<Message> transcript = transcripts.get(id);
            synchronized (transcript) {
                transcript.addAll(turn.appended());
            }
            if (turn.queue() instanceof QueueChange.Enqueue enqueue) {
                queue.put(id, enqueue.entry());
            } else if (turn.queue() instanceof QueueChange.Remove) {
                queue.remove(id);
            }
        });
    }

    @Override
    public Flux<Message> messagesAfter(String conversationId, long afterSeq) {
        return Flux.defer(() -> {
            List<Message> transcript = transcripts.getOrDefault(conversationId, List.of());
            synchronized (transcript) {
                return Flux.fromIterable(transcript.stream().filter(message -> message.seq() > afterSeq).toList());
            }
        });
    }

    @Override
    public Mono<Void> log(ConversationEvent event) {
        return Mono.empty();
    }

    @Override
    public Mono<Boolean> hadHelpfulAnswer(String conversationId) {
        return Mono.just(false);
    }

    @Override
    public Mono<Boolean> rate(Rating rating) {
        return Mono.just(true);
    }

    @Override
    public Flux<QueueEntry> entries() {
        return Flux.defer(() -> Flux.fromIterable(List.copyOf(queue.values())));
    }

    @Override
    public Flux<Duration> recentDurations(ConversationEvent.Type type, int limit) {
        return Flux.empty();
    }

    void forget(String conversationId) {
        conversations.remove(conversationId);
        transcripts.remove(conversationId);
        queue.remove(conversationId);
    }

    int size() {
        return conversations.size();
    }
}
