package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.shopper.ConversationTurn;
import dev.tandem.bot.shopper.Rating;
import dev.tandem.bot.shopper.port.AgentAtCapacityException;
import dev.tandem.bot.shopper.port.ConcurrentTurnException;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.BotMemory;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.queue.QueueChange;
import dev.tandem.bot.queue.QueueEntry;
import dev.tandem.intents.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.transaction.reactive.GenericReactiveTransaction;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Sinks;
import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.port.AgentRoster;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/** The store on real SQL: H2 here, PostgreSQL in {@code scaleout.PostgresConversationStoreTest} (the same tests). */
public class R2dbcConversationStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00.123456Z");

    private final DatabaseUnderTest database = database();
    private static final AgentRoster AGENTS = () -> List.of(new Agent("anna", Set.of(), 2), new Agent("olek", Set.of(), 3));

    private final R2dbcAgentQueueStore queue = new R2dbcAgentQueueStore(database.client(), AGENTS);
    private final R2dbcConversationStore store = newStore();

    /** A fresh database with the migrations applied; called once per test, before the fields are set. */
    protected DatabaseUnderTest database() {
        H2TestDatabase h2 = new H2TestDatabase();
        return new DatabaseUnderTest(h2.client, h2.transaction);
    }

    public record DatabaseUnderTest(DatabaseClient client, TransactionalOperator transaction) {
    }

    @Test
    void givenOpenedConversation_whenFound_thenItAndItsGreetingReadBackUnchanged() {
        Conversation conversation = opened("c-1", Channel.WEB, T0);
        Message greeting = botMessage(conversation, 1, "Dzień dobry!", List.of());

        store.open(conversation, List.of(greeting)).block();

        assertThat(store.find("c-1").block()).isEqualTo(conversation);
        assertThat(store.messagesAfter("c-1", 0).collectList().block()).containsExactly(greeting);
        assertThat(store.find("unknown").blockOptional()).isEmpty();
    }

    @Test
    void givenAnOpeningOfMoreMessagesThanOneStatementUsuallyHolds_whenFound_thenAllReadBackInOrder() {
        Conversation conversation = opened("c-long", Channel.WEB, T0).advanced(MultiRowInsert.CACHED_ROWS + 2, T0);
        List<Message> opening = IntStream.rangeClosed(1, MultiRowInsert.CACHED_ROWS + 3)
                .mapToObj(seq -> botMessage(conversation, seq, "line " + seq, List.of())).toList();

        store.open(conversation, opening).block();

        assertThat(store.messagesAfter("c-long", 0).collectList().block()).isEqualTo(opening);
    }

    @Test
    void givenTurnWithHandoff_whenRecorded_thenStateMessagesQueueEntryAndEventAreAllSaved() {
        Conversation conversation = opened("c-2", Channel.WEB, T0);
        store.open(conversation, List.of(botMessage(conversation, 1, "Hi", List.of()))).block();
        Message shopper = Message.shopper("c-2", 2, "chcę rozmawiać z człowiekiem", T0.plusSeconds(5),
                new Message.Understanding("pl", Optional.of("human_agent"), Optional.of(0.93)));
        Message notice = botMessage(conversation, 3, "Łączę z konsultantem", List.of("Tak", "Nie"));
        Conversation queued = conversation.speaking(Language.PL).handOff(HandoffReason.SHOPPER_REQUEST)
                .advanced(2, T0.plusSeconds(5));
        QueueEntry entry = QueueEntry.waiting("c-2", Language.PL, Channel.WEB, HandoffReason.SHOPPER_REQUEST,
                "chcę rozmawiać z człowiekiem", T0.plusSeconds(5), true);
        ConversationEvent handedOff = ConversationEvent.of(ConversationEvent.Type.HANDED_OFF, "c-2",
                ConversationState.QUEUED, T0.plusSeconds(5)).withReason(HandoffReason.SHOPPER_REQUEST);

        store.record(new ConversationTurn(conversation.version(), queued, List.of(shopper, notice),
                new QueueChange.Enqueue(entry), Optional.empty(), List.of(handedOff))).block();

        assertThat(store.find("c-2").block()).isEqualTo(queued);
        assertThat(store.messagesAfter("c-2", 1).collectList().block()).containsExactly(shopper, notice);
        assertThat(queue.entries().collectList().block()).containsExactly(entry);
        assertThat(database.client().sql("SELECT reason FROM conversation_event WHERE conversation_id = 'c-2'")
                .map(row -> row.get("reason", String.class)).all().collectList().block()).containsExactly("SHOPPER_REQUEST");
    }

    @Test
    void givenAnotherTurnLandedFirst_whenAStaleTurnIsRecorded_thenRefusedAndNoneOfItIsSaved() {
        Conversation conversation = opened("c-3", Channel.WEB, T0);
        store.open(conversation, List.of(botMessage(conversation, 1, "Hi", List.of()))).block();
        Message first = Message.shopper("c-3", 2, "first", T0, new Message.Understanding("en", Optional.empty(), Optional.empty()));
        store.record(ConversationTurn.of(conversation, conversation.advanced(1, T0), List.of(first))).block();

        Message stale = Message.shopper("c-3", 3, "stale", T0, new Message.Understanding("en", Optional.empty(), Optional.empty()));
        QueueEntry entry = QueueEntry.waiting("c-3", Language.EN, Channel.WEB, HandoffReason.COMPLAINT, "stale", T0, false);
        StepVerifier.create(store.record(new ConversationTurn(conversation.version(),
                        conversation.handOff(HandoffReason.COMPLAINT).advanced(1, T0), List.of(stale),
                        new QueueChange.Enqueue(entry), Optional.empty(), List.of())))
                .verifyError(ConcurrentTurnException.class);

        assertThat(store.messagesAfter("c-3", 0).map(Message::text).collectList().block()).containsExactly("Hi", "first");
        assertThat(queue.entries().collectList().block()).isEmpty();
    }

    @Test
    void givenQueuedConversation_whenClaimedReleasedAndResolved_thenTheRowFollowsAndKeepsItsPlaceInLine() {
        QueueEntry waiting = queueUp("q-1", Channel.WEB, T0);
        Conversation queued = store.find("q-1").block();

        Conversation assigned = queued.assignTo("anna").advanced(0, T0.plusSeconds(40));
        store.record(turn(queued, assigned, new QueueChange.Assign("anna", T0.plusSeconds(40)),
                ConversationEvent.Type.CLAIMED, 40)).block();
        assertThat(queue.entries().blockFirst().assignedAgent()).contains("anna");
        assertThat(queue.entries().blockFirst().assignedAt()).contains(T0.plusSeconds(40));

        Conversation released = assigned.requeued().advanced(0, T0.plusSeconds(50));
        store.record(turn(assigned, released, new QueueChange.Unassign(Language.PL), ConversationEvent.Type.RELEASED, 0)).block();
        QueueEntry back = queue.entries().blockFirst();
        assertThat(back.isWaiting()).isTrue();
        assertThat(back.queuedAt()).isEqualTo(waiting.queuedAt());
        assertThat(back.language()).isEqualTo(Language.PL);

        Conversation again = released.assignTo("olek").advanced(0, T0.plusSeconds(60));
        store.record(turn(released, again, new QueueChange.Assign("olek", T0.plusSeconds(60)), ConversationEvent.Type.CLAIMED, 60)).block();
        Conversation closed = again.resolved().advanced(0, T0.plusSeconds(360));
        store.record(turn(again, closed, new QueueChange.Remove(), ConversationEvent.Type.RESOLVED, 300)).block();

        assertThat(queue.entries().collectList().block()).isEmpty();
        assertThat(store.find("q-1").block().assignedAgent()).contains("olek");
        assertThat(queue.recentDurations(ConversationEvent.Type.CLAIMED, 10).collectList().block())
                .containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(40));
        assertThat(queue.recentDurations(ConversationEvent.Type.RESOLVED, 10).collectList().block())
                .containsExactly(Duration.ofSeconds(300));
    }

    /**
     * The acknowledgement of a turn may start the next one at once (the shopper's next message, an agent's claim
     * after the stream showed the handoff): by then the store must have let go of the conversation, or the next
     * turn is refused as a conflict nobody caused.
     */
    @Test
    void givenATurnJustAcknowledged_whenTheNextTurnStartsInThatSameSignal_thenItIsRecordedNotRefused() {
        queueUp("q-2", Channel.WEB, T0);
        Conversation queued = store.find("q-2").block();
        Conversation assigned = queued.assignTo("anna").advanced(0, T0.plusSeconds(10));
        Conversation closed = assigned.resolved().advanced(0, T0.plusSeconds(20));

        store.record(turn(queued, assigned, new QueueChange.Assign("anna", T0.plusSeconds(10)), ConversationEvent.Type.CLAIMED, 10))
                .then(Mono.defer(() -> store.record(turn(assigned, closed, new QueueChange.Remove(),
                        ConversationEvent.Type.RESOLVED, 10))))
                .block();

        assertThat(store.find("q-2").block().state()).isEqualTo(ConversationState.CLOSED);
    }

    @Test
    void givenAnAnswer_whenTheShopperVotes_thenTheVoteIsStoredOnTheAnswerAndTheConversationMayBeRatedOnce() {
        Conversation conversation = opened("v-1", Channel.WEB, T0);
        Message answer = new Message("v-1", 1, Author.BOT, "Returns take 14 days", T0, Optional.of("en"), Optional.empty(),
                Optional.empty(), Optional.of("return-policy"), List.of(), Optional.empty(), Optional.empty());
        store.open(conversation.remembering(new BotMemory(0, Optional.of("return-policy"), 1, false)), List.of(answer)).block();
        Conversation withMemory = store.find("v-1").block();
        assertThat(store.hadHelpfulAnswer("v-1").block()).isFalse();

        store.record(new ConversationTurn(withMemory.version(), withMemory.advanced(0, T0), List.of(), QueueChange.NONE,
                Optional.of(new ConversationTurn.HelpfulVote(1, true)), List.of())).block();

        assertThat(store.messagesAfter("v-1", 0).blockFirst().helpful()).contains(true);
        assertThat(store.hadHelpfulAnswer("v-1").block()).isTrue();
        Rating rating = new Rating("v-1", 5, Optional.of("quick"), Optional.empty(), T0);
        assertThat(store.rate(rating).block()).isTrue();
        assertThat(store.rate(new Rating("v-1", 1, Optional.empty(), Optional.empty(), T0)).block()).isFalse();
    }

    @ParameterizedTest(name = "{0} claims")
    @ValueSource(ints = {8, 30})
    void givenTwoNodesAssigningToOneAgentAtOnce_whenMoreThanTheirCapacity_thenExactlyTheirCapacityIsTakenAndTheRestRefused(
            int claims) {
        List<String> ids = IntStream.range(0, claims).mapToObj(i -> "cap-" + i).toList();
        ids.forEach(id -> queueUp(id, Channel.WEB, T0));
        List<Boolean> taken = claimForOlekOnTwoNodes(ids);

        assertThat(taken).filteredOn(Boolean::booleanValue).hasSize(3);
        assertThat(queue.entries().filter(entry -> entry.assignedAgent().isPresent()).count().block()).isEqualTo(3);
        assertThat(queue.entries().filter(entry -> entry.assignedAgent().equals(Optional.of("olek"))).count().block())
                .isEqualTo(3);
        assertThat(Flux.fromIterable(ids).flatMap(store::find)
                .filter(conversation -> conversation.state() == ConversationState.ASSIGNED).count().block()).isEqualTo(3);
    }

    @Test
    void givenTheWriterBusy_whenManyConversationsRecordATurnAtOnce_thenOneCommitServesThemAndEachIsReadableWhenAcknowledged() {
        List<Conversation> conversations = IntStream.range(0, 40).mapToObj(i -> opened("g-" + i, Channel.WEB, T0)).toList();
        conversations.forEach(conversation -> store.open(conversation, List.of()).block());
        Sinks.Empty<Void> busy = Sinks.empty();
        CompletableFuture<Void> held = holdBusy(store, busy);
        long before = store.writer().transactions();

        List<CompletableFuture<Conversation>> readBack = conversations.stream().map(conversation -> {
            Message shopper = Message.shopper(conversation.id(), 2, "where is " + conversation.id(), T0.plusSeconds(1),
                    new Message.Understanding("en", Optional.of("order_status"), Optional.of(0.9)));
            Message answer = botMessage(conversation, 3, "Let me check", List.of("Yes", "No"));
            ConversationEvent unanswered = ConversationEvent.of(ConversationEvent.Type.UNANSWERED, conversation.id(),
                    ConversationState.BOT, T0.plusSeconds(1)).withDetail("where is " + conversation.id());
            ConversationEvent streamedOnly = ConversationEvent.message(shopper, ConversationState.BOT);
            ConversationEvent contact = ConversationEvent.of(ConversationEvent.Type.CONTACT_LEFT, conversation.id(),
                    ConversationState.BOT, T0.plusSeconds(1));
            ConversationTurn turn = new ConversationTurn(conversation.version(), conversation.advanced(2, T0.plusSeconds(1)),
                    List.of(shopper, answer), QueueChange.NONE, Optional.empty(), List.of(unanswered, streamedOnly, contact));
            // Read on the acknowledgement itself: what it promises must already be there.
            return store.record(turn).then(Mono.defer(() -> store.find(conversation.id()))).toFuture();
        }).toList();
        busy.tryEmitEmpty();
        held.join();

        assertThat(readBack).allSatisfy(read -> assertThat(read.join().lastSeq()).isEqualTo(3));
        assertThat(store.writer().transactions() - before).isEqualTo(1);
        assertThat(store.messagesAfter("g-7", 1).map(Message::text).collectList().block())
                .containsExactly("where is g-7", "Let me check");
        assertThat(database.client().sql("SELECT kind, detail FROM conversation_event WHERE conversation_id = 'g-7' ORDER BY id")
                .map(row -> row.get("kind", String.class) + ":" + row.get("detail", String.class)).all().collectList().block())
                .containsExactly("UNANSWERED:where is g-7", "CONTACT_LEFT:null");
    }

    @Test
    void givenAStaleTurnAndClaimsBeyondCapacityWaiting_whenWritten_thenOnlyThoseAreRefusedAndTheRestSaved() {
        List.of("b-1", "b-2", "b-3", "b-4").forEach(id -> queueUp(id, Channel.WEB, T0));
        Conversation fresh = opened("b-5", Channel.WEB, T0);
        store.open(fresh, List.of()).block();
        Sinks.Empty<Void> busy = Sinks.empty();
        CompletableFuture<Void> held = holdBusy(store, busy);
        long before = store.writer().transactions();

        // anna takes two chats at most: the third claim must see the two before it.
        List<CompletableFuture<Void>> claims = List.of("b-1", "b-2", "b-3").stream().map(id -> {
            Conversation queued = store.find(id).block();
            return store.record(turn(queued, queued.assignTo("anna").advanced(0, T0.plusSeconds(9)),
                    new QueueChange.Assign("anna", T0.plusSeconds(9)), ConversationEvent.Type.CLAIMED, 9)).toFuture();
        }).toList();
        Conversation b4 = store.find("b-4").block();
        Message stale = Message.shopper("b-4", 1, "stale", T0, new Message.Understanding("en", Optional.empty(), Optional.empty()));
        CompletableFuture<Void> staleTurn = store.record(new ConversationTurn(b4.version() - 1, b4.advanced(1, T0),
                List.of(stale), QueueChange.NONE, Optional.empty(), List.of())).toFuture();
        Message hello = Message.shopper("b-5", 2, "hello", T0, new Message.Understanding("en", Optional.empty(), Optional.empty()));
        CompletableFuture<Void> freshTurn = store.record(ConversationTurn.of(fresh, fresh.advanced(1, T0), List.of(hello))).toFuture();
        busy.tryEmitEmpty();
        held.join();

        assertThat(claims.get(0)).succeedsWithin(Duration.ofSeconds(30));
        assertThat(claims.get(1)).succeedsWithin(Duration.ofSeconds(30));
        assertThat(claims.get(2)).failsWithin(Duration.ofSeconds(30)).withThrowableThat().havingRootCause()
                .isInstanceOf(AgentAtCapacityException.class);
        assertThat(staleTurn).failsWithin(Duration.ofSeconds(30)).withThrowableThat().havingRootCause()
                .isInstanceOf(ConcurrentTurnException.class);
        assertThat(freshTurn).succeedsWithin(Duration.ofSeconds(30));
        // The stale and the fresh turn shared one transaction; each claim had one of its own.
        assertThat(store.writer().transactions() - before).isEqualTo(4);
        assertThat(queue.entries().filter(entry -> entry.assignedAgent().isPresent()).map(QueueEntry::conversationId)
                .collectList().block()).containsExactlyInAnyOrder("b-1", "b-2");
        assertThat(store.find("b-3").block().state()).isEqualTo(ConversationState.QUEUED);
        assertThat(store.find("b-4").block()).isEqualTo(b4);
        assertThat(store.messagesAfter("b-4", 0).collectList().block()).isEmpty();
        assertThat(store.messagesAfter("b-5", 0).map(Message::text).collectList().block()).containsExactly("hello");
    }

    @Test
    void givenATurnWaitingForTheWriter_whenAnotherTurnOnTheSameConversationArrives_thenItIsRefusedOnlyOnceTheFirstIsThrough() {
        Conversation conversation = opened("w-1", Channel.WEB, T0);
        store.open(conversation, List.of()).block();
        Sinks.Empty<Void> busy = Sinks.empty();
        CompletableFuture<Void> held = holdBusy(store, busy);
        Message first = Message.shopper("w-1", 2, "first", T0, new Message.Understanding("en", Optional.empty(), Optional.empty()));
        Message second = Message.shopper("w-1", 2, "second", T0, new Message.Understanding("en", Optional.empty(), Optional.empty()));

        CompletableFuture<Void> winner = store.record(ConversationTurn.of(conversation, conversation.advanced(1, T0), List.of(first)))
                .toFuture();
        // Refused at once, it would be retried on a version that does not exist yet, and a caller's retries could run
        // out while the first turn waits for the writer.
        CompletableFuture<Void> loser = store.record(ConversationTurn.of(conversation, conversation.advanced(1, T0), List.of(second)))
                .toFuture();
        assertThat(loser).isNotDone();
        busy.tryEmitEmpty();
        held.join();

        assertThat(winner).succeedsWithin(Duration.ofSeconds(30));
        assertThat(loser).failsWithin(Duration.ofSeconds(30)).withThrowableThat().havingRootCause()
                .isInstanceOf(ConcurrentTurnException.class);
        assertThat(store.messagesAfter("w-1", 0).map(Message::text).collectList().block()).containsExactly("first");
    }

    @Test
    void givenACommitThatFails_whenTurnsWereBatchedIntoIt_thenEveryOneFailsAndNoneIsSaved() {
        List<Conversation> conversations = IntStream.range(0, 5).mapToObj(i -> opened("f-" + i, Channel.WEB, T0)).toList();
        conversations.forEach(conversation -> store.open(conversation, List.of()).block());
        AtomicBoolean diskFull = new AtomicBoolean();
        R2dbcTransactionManager failingCommits = new R2dbcTransactionManager(database.client().getConnectionFactory()) {
            @Override
            protected Mono<Void> doCommit(TransactionSynchronizationManager synchronizations, GenericReactiveTransaction status) {
                return diskFull.get() ? Mono.error(new IllegalStateException("disk full")) : super.doCommit(synchronizations, status);
            }
        };
        try (R2dbcConversationStore node = new R2dbcConversationStore(database.client(), TransactionalOperator.create(failingCommits),
                new ConversationRows(new QuickRepliesColumn(new JsonMapper())), queue)) {
            Sinks.Empty<Void> busy = Sinks.empty();
            holdBusy(node, busy);
            long before = node.writer().transactions();
            List<CompletableFuture<Void>> turns = conversations.stream().map(conversation -> node.record(ConversationTurn.of(
                    conversation, conversation.advanced(1, T0), List.of(Message.shopper(conversation.id(), 2, "lost?", T0,
                            new Message.Understanding("en", Optional.empty(), Optional.empty()))))).toFuture()).toList();
            diskFull.set(true);
            busy.tryEmitEmpty();

            assertThat(turns).allSatisfy(turn -> assertThat(turn).failsWithin(Duration.ofSeconds(30)).withThrowableThat()
                    .withStackTraceContaining("disk full"));
            assertThat(node.writer().transactions() - before).isEqualTo(1);
        }
        assertThat(conversations).allSatisfy(conversation -> {
            assertThat(store.find(conversation.id()).block()).isEqualTo(conversation);
            assertThat(store.messagesAfter(conversation.id(), 0).collectList().block()).isEmpty();
        });
    }

    @Test
    void givenTheQueueWasJustRead_whenATurnHandsAConversationOff_thenTheNextReadShowsItAtOnce() {
        queueUp("q-first", Channel.WEB, T0);
        assertThat(queue.entries().map(QueueEntry::conversationId).collectList().block()).containsExactly("q-first");

        queueUp("q-second", Channel.WEB, T0.plusSeconds(1));

        assertThat(queue.entries().map(QueueEntry::conversationId).collectList().block())
                .containsExactly("q-first", "q-second");
    }

    @Test
    void givenAnotherNodeClaimedWhatThisNodeLastRead_whenThisNodesTurnOnItIsRefused_thenThisNodeReadsTheQueueAgain() {
        queueUp("q-race", Channel.WEB, T0);
        Conversation queued = store.find("q-race").block();
        assertThat(queue.entries().blockFirst().assignedAgent()).isEmpty();
        R2dbcConversationStore otherNode = new R2dbcConversationStore(database.client(), database.transaction(),
                new ConversationRows(new QuickRepliesColumn(new JsonMapper())), new R2dbcAgentQueueStore(database.client(), AGENTS));
        otherNode.record(turn(queued, queued.assignTo("olek").advanced(0, T0.plusSeconds(20)),
                new QueueChange.Assign("olek", T0.plusSeconds(20)), ConversationEvent.Type.CLAIMED, 20)).block();

        StepVerifier.create(store.record(turn(queued, queued.assignTo("anna").advanced(0, T0.plusSeconds(21)),
                        new QueueChange.Assign("anna", T0.plusSeconds(21)), ConversationEvent.Type.CLAIMED, 21)))
                .verifyError(ConcurrentTurnException.class);

        // Well inside the time a read is otherwise trusted: only the refusal can have made this node read again.
        assertThat(queue.entries().blockFirst().assignedAgent()).contains("olek");
    }

    /**
     * Every queued conversation claimed for olek (capacity 3) at once, alternately through this store and a second
     * one on the same database (a second node: no in-process guard is shared); whether each claim was taken.
     */
    private List<Boolean> claimForOlekOnTwoNodes(List<String> ids) {
        List<R2dbcConversationStore> nodes = List.of(store, newStore());
        return Flux.range(0, ids.size())
                .flatMap(i -> Mono.defer(() -> {
                            Conversation queued = store.find(ids.get(i)).block();
                            return nodes.get(i % 2).record(turn(queued, queued.assignTo("olek").advanced(0, T0.plusSeconds(30)),
                                    new QueueChange.Assign("olek", T0.plusSeconds(30)), ConversationEvent.Type.CLAIMED, 30));
                        })
                        .thenReturn(true)
                        .onErrorResume(refused -> refused instanceof AgentAtCapacityException
                                || refused instanceof ConcurrentTurnException, refused -> Mono.just(false))
                        .subscribeOn(Schedulers.boundedElastic()), ids.size())
                .collectList().block(Duration.ofSeconds(120));
    }

    /** Keeps the store's writer inside a transaction until {@code busy} completes; returns once it is. */
    private static CompletableFuture<Void> holdBusy(R2dbcConversationStore node, Sinks.Empty<Void> busy) {
        return GroupCommitTest.holdBusy(node.writer(), busy);
    }

    private R2dbcConversationStore newStore() {
        return new R2dbcConversationStore(database.client(), database.transaction(),
                new ConversationRows(new QuickRepliesColumn(new JsonMapper())), queue);
    }

    private ConversationTurn turn(Conversation before, Conversation after, QueueChange change, ConversationEvent.Type type,
                                  long seconds) {
        ConversationEvent event = ConversationEvent.of(type, before.id(), after.state(), after.updatedAt()).withValue(seconds);
        return new ConversationTurn(before.version(), after, List.of(), change, Optional.empty(), List.of(event));
    }

    private QueueEntry queueUp(String id, Channel channel, Instant at) {
        Conversation conversation = opened(id, channel, at);
        store.open(conversation, List.of()).block();
        QueueEntry entry = QueueEntry.waiting(id, Language.EN, channel, HandoffReason.SHOPPER_REQUEST, "help", at, false);
        store.record(new ConversationTurn(conversation.version(), conversation.handOff(HandoffReason.SHOPPER_REQUEST)
                .advanced(0, at), List.of(), new QueueChange.Enqueue(entry), Optional.empty(), List.of())).block();
        return entry;
    }

    private static Conversation opened(String id, Channel channel, Instant at) {
        return Conversation.start(id, "a".repeat(64), channel, Language.EN, at).advanced(1, at);
    }

    private static Message botMessage(Conversation conversation, long seq, String text, List<String> quickReplies) {
        return Message.from(Author.BOT, conversation.id(), seq, text, T0, "pl", Optional.empty(), quickReplies);
    }
}
