package dev.tandem.adapters.events;

import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.port.ConversationEvents;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * This node's event bus. Its own events go to the outbound channels ({@link #stream()}) and to the live streams
 * ({@link LiveEvents}); the other nodes' events ({@link #relay}) to the live streams only.
 *
 * <p>Live taps are indexed by conversation, so a message costs the taps of its own conversation plus the agents'
 * desks, not a filter per open stream (with 10,000 shoppers connected that would be 10,000 filters per event). Events
 * are handed to the taps one at a time, in publishing order; an event published by a tap's own work (reentrantly,
 * on the same thread) waits until the current one has reached every tap, so no tap sees two events of a
 * conversation out of order. A tap too slow to keep up is its own business: it buffers, and a stream that falls
 * too far behind is closed and catches up from the store by seq.
 */
@Component
public class InProcessConversationEvents implements ConversationEvents, LiveEvents {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessConversationEvents.class);

    private final Sinks.Many<ConversationEvent> outbound = Sinks.many().multicast().directBestEffort();
    private final Set<Tap> everything = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<Tap>> byConversation = new ConcurrentHashMap<>();
    /** Every conversation tap; each is asked at the queue change whether it wants it. */
    private final Set<Tap> queueWatchers = ConcurrentHashMap.newKeySet();
    /** Guarded by {@code this}. */
    private final Queue<Delivery> pending = new ArrayDeque<>();
    /** Guarded by {@code this}. */
    private boolean delivering;

    @Override
    public void publish(List<ConversationEvent> events) {
        deliver(events, true);
    }

    /** Another node's event, for this node's live streams only (that node's outbound channels sent it). */
    public void relay(ConversationEvent event) {
        deliver(List.of(event), false);
    }

    /** This node's own events, for the outbound channels. Hot; a subscriber without demand misses events. */
    public Flux<ConversationEvent> stream() {
        return outbound.asFlux();
    }

    @Override
    public Disposable tapAll(Consumer<ConversationEvent> consumer) {
        Tap tap = new Tap(null, () -> true, consumer);
        everything.add(tap);
        return () -> everything.remove(tap);
    }

    @Override
    public Disposable tapConversation(String conversationId, BooleanSupplier queueChanges, Consumer<ConversationEvent> consumer) {
        Tap tap = new Tap(conversationId, queueChanges, consumer);
        byConversation.compute(conversationId, (id, taps) -> {
            Set<Tap> all = taps == null ? new CopyOnWriteArraySet<>() : taps;
            all.add(tap);
            return all;
        });
        queueWatchers.add(tap);
        return () -> {
            queueWatchers.remove(tap);
            byConversation.computeIfPresent(conversationId, (id, taps) -> {
                taps.remove(tap);
                return taps.isEmpty() ? null : taps;
            });
        };
    }

    /** Open live taps, for tests: a closed stream must leave nothing behind. */
    int openTaps() {
        return everything.size() + byConversation.values().stream().mapToInt(Set::size).sum();
    }

    private void deliver(List<ConversationEvent> events, boolean local) {
        // One deliverer at a time: each tap sees one event at a time, and every tap sees the events in one order.
        synchronized (this) {
            events.forEach(event -> pending.add(new Delivery(event, local)));
            if (delivering) {
                return;
            }
            delivering = true;
            try {
                for (Delivery next = pending.poll(); next != null; next = pending.poll()) {
                    if (next.local()) {
                        outbound.tryEmitNext(next.event());
                    }
                    fanOut(next.event());
                }
            } finally {
                delivering = false;
            }
        }
    }

    private void fanOut(ConversationEvent event) {
        everything.forEach(tap -> tap.offer(event));
        Set<Tap> own = byConversation.get(event.conversationId());
        if (own != null) {
            own.forEach(tap -> tap.offer(event));
        }
        if (event.type() == ConversationEvent.Type.QUEUE_CHANGED) {
            queueWatchers.forEach(tap -> {
                if (!event.conversationId().equals(tap.conversationId) && tap.queueChanges.getAsBoolean()) {
                    tap.offer(event);
                }
            });
        }
    }

    private record Delivery(ConversationEvent event, boolean local) {
    }

    /** Identity matters (it is a key in sets), so a class rather than a record. */
    private static final class Tap {
        final String conversationId;
        final BooleanSupplier queueChanges;
        final Consumer<ConversationEvent> consumer;

        Tap(String conversationId, BooleanSupplier queueChanges, Consumer<ConversationEvent> consumer) {
            this.conversationId = conversationId;
            this.queueChanges = queueChanges;
            this.consumer = consumer;
        }

        void offer(ConversationEvent event) {
            try {
                consumer.accept(event);
            } catch (RuntimeException failure) {
                // One broken stream must not keep the event from the others.
                LOG.error("A live stream could not take event {} of conversation {}", event.type(), event.conversationId(), failure);
            }
        }
    }
}
