package dev.tandem.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.events.ConversationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

/**
 * The event bus of one node: every live tap gets exactly the events it asked for, once each, in the order they
 * were published, however many threads publish at once; a message costs only its own conversation's taps.
 */
class InProcessConversationEventsTest {

    private static final int THREADS = 8;
    private static final int CONVERSATIONS_PER_THREAD = 5;
    private static final int TURNS = 200;

    private final InProcessConversationEvents bus = new InProcessConversationEvents();

    @Test
    void givenTapsOnManyConversations_whenSeveralThreadsRecordTurnsAtOnce_thenEachTapGetsItsConversationExactlyOnceInOrder()
            throws Exception {
        Map<String, List<Long>> perConversation = new ConcurrentHashMap<>();
        Map<String, List<Long>> seenByDesk = new ConcurrentHashMap<>();
        List<String> conversations = IntStream.range(0, THREADS * CONVERSATIONS_PER_THREAD).mapToObj(i -> "c-" + i).toList();
        List<Disposable> taps = new ArrayList<>();
        for (String id : conversations) {
            List<Long> seqs = Collections.synchronizedList(new ArrayList<>());
            perConversation.put(id, seqs);
            taps.add(bus.tapConversation(id, () -> true, event -> {
                assertThat(event.conversationId()).isEqualTo(id);
                seqs.add(event.message().orElseThrow().seq());
            }));
        }
        taps.add(bus.tapAll(event -> seenByDesk.computeIfAbsent(event.conversationId(),
                id -> Collections.synchronizedList(new ArrayList<>())).add(event.message().orElseThrow().seq())));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            List<String> mine = conversations.subList(thread * CONVERSATIONS_PER_THREAD, (thread + 1) * CONVERSATIONS_PER_THREAD);
            done.add(threads.submit(() -> {
                start.await();
                for (int turn = 0; turn < TURNS; turn++) {
                    for (String id : mine) {
                        // A turn: the shopper's message and the bot's answer, published together after the commit.
                        bus.publish(List.of(message(id, 2L * turn + 1, Author.SHOPPER), message(id, 2L * turn + 2, Author.BOT)));
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> thread : done) {
            thread.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();

        List<Long> everySeq = LongStream.rangeClosed(1, 2L * TURNS).boxed().toList();
        conversations.forEach(id -> {
            assertThat(perConversation.get(id)).as("conversation %s", id).containsExactlyElementsOf(everySeq);
            assertThat(seenByDesk.get(id)).as("the desk's view of %s", id).containsExactlyElementsOf(everySeq);
        });
        taps.forEach(Disposable::dispose);
        assertThat(bus.openTaps()).isZero();
    }

    @Test
    void givenATapWhoseWorkPublishes_whenAnEventArrives_thenEveryTapSeesBothEventsInPublishingOrder() {
        List<Long> first = new CopyOnWriteArrayList<>();
        List<Long> second = new CopyOnWriteArrayList<>();
        AtomicBoolean published = new AtomicBoolean();
        // Reentrant publishing happens when a stream's own database read completes another turn on the same thread.
        bus.tapConversation("c-1", () -> false, event -> {
            first.add(event.message().orElseThrow().seq());
            if (published.compareAndSet(false, true)) {
                bus.publish(List.of(message("c-1", 2, Author.BOT)));
            }
        });
        bus.tapConversation("c-1", () -> false, event -> second.add(event.message().orElseThrow().seq()));

        bus.publish(List.of(message("c-1", 1, Author.SHOPPER)));

        assertThat(first).containsExactly(1L, 2L);
        assertThat(second).containsExactly(1L, 2L);
    }

    @Test
    void givenOneShopperWaitingAndOneChatting_whenTheQueueMoves_thenOnlyTheWaitingOneAndTheMoversOwnStreamHearOfIt() {
        List<ConversationEvent> waiting = new CopyOnWriteArrayList<>();
        List<ConversationEvent> chatting = new CopyOnWriteArrayList<>();
        List<ConversationEvent> mover = new CopyOnWriteArrayList<>();
        bus.tapConversation("waiting", () -> true, waiting::add);
        bus.tapConversation("chatting", () -> false, chatting::add);
        bus.tapConversation("mover", () -> true, mover::add);

        ConversationEvent moved = ConversationEvent.of(ConversationEvent.Type.QUEUE_CHANGED, "mover", ConversationState.QUEUED,
                Instant.EPOCH);
        bus.publish(List.of(message("mover", 3, Author.SYSTEM), moved));

        assertThat(waiting).containsExactly(moved);
        assertThat(chatting).isEmpty();
        assertThat(mover).as("its own queue change once, not again as a watcher").hasSize(2).endsWith(moved);
    }

    @Test
    void givenAnotherNodesEvent_whenRelayed_thenLiveStreamsGetItButThisNodesOutboundChannelsDoNot() {
        List<ConversationEvent> outbound = new CopyOnWriteArrayList<>();
        List<ConversationEvent> live = new CopyOnWriteArrayList<>();
        Disposable channel = bus.stream().subscribe(outbound::add);
        bus.tapConversation("c-9", () -> false, live::add);

        ConversationEvent elsewhere = message("c-9", 4, Author.AGENT);
        bus.relay(elsewhere);
        ConversationEvent here = message("c-9", 5, Author.BOT);
        bus.publish(List.of(here));
        channel.dispose();

        assertThat(live).containsExactly(elsewhere, here);
        assertThat(outbound).containsExactly(here);
    }

    @Test
    void givenAClosedTap_whenEventsArrive_thenItHearsNothingMoreAndLeavesNothingBehind() {
        List<ConversationEvent> heard = new CopyOnWriteArrayList<>();
        Disposable tap = bus.tapConversation("c-2", () -> true, heard::add);
        Disposable desk = bus.tapAll(heard::add);
        tap.dispose();
        desk.dispose();

        bus.publish(List.of(message("c-2", 1, Author.SHOPPER),
                ConversationEvent.of(ConversationEvent.Type.QUEUE_CHANGED, "c-3", ConversationState.QUEUED, Instant.EPOCH)));

        assertThat(heard).isEmpty();
        assertThat(bus.openTaps()).isZero();
    }

    private static ConversationEvent message(String conversationId, long seq, Author author) {
        return ConversationEvent.message(Message.from(author, conversationId, seq, "m" + seq, Instant.EPOCH, "en",
                Optional.empty(), List.of()), ConversationState.BOT);
    }
}
