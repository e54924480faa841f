package dev.tandem.bot.shopper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.tandem.bot.DemoShop;
import dev.tandem.bot.shopper.port.BotTurns;
import dev.tandem.bot.shopper.port.ConcurrentTurnException;
import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.shopper.port.ShopperTurnLimit;
import dev.tandem.bot.shopper.port.Transcripts;
import dev.tandem.bot.shopper.port.TurnStore;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.ConversationToken;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.dialogue.DialoguePolicy;
import dev.tandem.bot.dialogue.DialogueSettings;
import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.AgentPresence;
import dev.tandem.bot.team.Presence;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.bot.conversation.BotMemory;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.port.ConversationEvents;
import dev.tandem.bot.queue.BusinessHours;
import dev.tandem.bot.queue.HandoffRequest;
import dev.tandem.bot.queue.LiveQueue;
import dev.tandem.bot.queue.QueueAdmission;
import dev.tandem.bot.queue.QueueChange;
import dev.tandem.bot.queue.QueueEntry;
import dev.tandem.bot.queue.QueueSettings;
import dev.tandem.bot.queue.port.AgentQueueStore;
import dev.tandem.bot.fixtures.FakeOrders;
import dev.tandem.bot.orders.OrderDialogue;
import dev.tandem.intents.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@ExtendWith(MockitoExtension.class)
class HandleShopperMessageServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String TOKEN = ConversationToken.generate();

    @Mock
    Conversations conversations;
    @Mock
    Transcripts transcripts;
    @Mock
    TurnStore store;
    @Mock
    AgentQueueStore queue;

    HandleShopperMessageService service;

    @BeforeEach
    void createService() {
        service = annaOnline(ShopperTurnLimit.NONE, QueueAdmission.unlimited());
    }

    @Test
    void givenBotConversation_whenShopperAsksForAPerson_thenOneTurnSavesMessageNoticeQueueEntryAndState() {
        Conversation conversation = stored(ConversationState.BOT, 1);
        when(store.record(any())).thenReturn(Mono.empty());
        when(transcripts.messagesAfter(eq(conversation.id()), anyLong())).thenReturn(Flux.empty());
        when(queue.entries()).thenReturn(Flux.just(waiting("a", 120), waiting("b", 60)));

        StepVerifier.create(service.handle(new HandleShopperMessage.Command(conversation.id(), TOKEN, "I want to talk to a human")))
                .assertNext(outcome -> {
                    assertThat(outcome.state()).isEqualTo(ConversationState.QUEUED);
                    assertThat(outcome.queue()).hasValueSatisfying(status -> assertThat(status.position()).isEqualTo(3));
                    assertThat(outcome.replies()).singleElement().satisfies(notice -> assertThat(notice.text()).contains("3"));
                })
                .verifyComplete();

        ConversationTurn turn = recordedTurn();
        assertThat(turn.expectedVersion()).isEqualTo(conversation.version());
        assertThat(turn.updated().state()).isEqualTo(ConversationState.QUEUED);
        assertThat(turn.updated().handoffReason()).contains(HandoffReason.SHOPPER_REQUEST);
        assertThat(turn.appended()).extracting(Message::seq).containsExactly(2L, 3L);
        assertThat(turn.appended().get(0).intent()).contains("human_agent");
        assertThat(enqueued(turn).reason()).isEqualTo(HandoffReason.SHOPPER_REQUEST);
        assertThat(enqueued(turn).summary()).isEqualTo("I want to talk to a human");
        assertThat(turn.events()).extracting(ConversationEvent::type).containsExactly(ConversationEvent.Type.HANDED_OFF);
    }

    @Test
    void givenSmallTalkAndATopicEarlier_whenShopperAsksForAPerson_thenTheQueueSummaryIsTheTopic() {
        QueueEntry queued = queuedAfter("can I talk to a person",
                earlier(2, "hello", "greeting"),
                earlier(4, "my jacket has a broken zipper after two weeks", "warranty"),
                earlier(6, "thanks", "thanks"));

        assertThat(queued.summary()).isEqualTo("my jacket has a broken zipper after two weeks");
    }

    @Test
    void givenAnOrderQuestionThenAnAddressAndThanks_whenShopperAsksForAPerson_thenTheRequestIsTheQuestionWithTopicAndOrder() {
        HandoffRequest request = queuedAfter("a person please",
                earlier(2, "where is my order 100234, it was due on Monday", "order_status"),
                unplaced(4, "demo@example.com"),
                unplaced(6, "Спасибо большое!")).request();

        assertThat(request.question()).isEqualTo("where is my order 100234, it was due on Monday");
        assertThat(request.topic()).contains("order_status");
        assertThat(request.orderNumber()).contains("100234");
    }

    @Test
    void givenAnAnswerVotedNoWithAButtonTheModelReadsAsATopic_whenShopperAsksForAPerson_thenTheRequestIsTheQuestion() {
        HandoffRequest request = queuedAfter("a person please",
                earlier(2, "how many days do I have to return something", "return_policy"),
                earlier(4, "No", "payment_failed")).request();

        assertThat(request.question()).isEqualTo("how many days do I have to return something");
        assertThat(request.topic()).contains("return_policy");
    }

    @Test
    void givenAQuestionTheBotCouldNotPlaceThenAnAddress_whenShopperAsksForAPerson_thenTheRequestIsThatQuestion() {
        HandoffRequest request = queuedAfter("I want to talk to a human",
                unplaced(2, "can I pay the rest of the sofa in three parts next month"),
                unplaced(4, "demo@example.com"),
                unplaced(6, "Спасибо большое!")).request();

        assertThat(request.question()).isEqualTo("can I pay the rest of the sofa in three parts next month");
        assertThat(request.topic()).isEmpty();
        assertThat(request.orderNumber()).isEmpty();
    }

    @Test
    void givenQueuedConversation_whenShopperWrites_thenTheMessageIsSavedAndTheBotSaysNothing() {
        Conversation conversation = stored(ConversationState.QUEUED, 3);
        when(store.record(any())).thenReturn(Mono.empty());
        when(queue.entries()).thenReturn(Flux.just(waiting(conversation.id(), 30)));

        StepVerifier.create(service.handle(new HandleShopperMessage.Command(conversation.id(), TOKEN, "hello? anyone?")))
                .assertNext(outcome -> {
                    assertThat(outcome.state()).isEqualTo(ConversationState.QUEUED);
                    assertThat(outcome.replies()).isEmpty();
                    assertThat(outcome.queue()).hasValueSatisfying(status -> assertThat(status.position()).isEqualTo(1));
                })
                .verifyComplete();

        assertThat(recordedTurn().appended()).singleElement().satisfies(message -> {
            assertThat(message.author()).isEqualTo(Author.SHOPPER);
            assertThat(message.seq()).isEqualTo(4);
        });
    }

    @Test
    void givenFaqQuestion_whenAnswered_thenTheAnswerCarriesTheFaqIdAndAsksWhetherItHelped() {
        Conversation conversation = stored(ConversationState.BOT, 1);
        when(store.record(any())).thenReturn(Mono.empty());

        StepVerifier.create(service.handle(new HandleShopperMessage.Command(conversation.id(), TOKEN,
                        "jakie są metody płatności")))
                .assertNext(outcome -> {
                    assertThat(outcome.state()).isEqualTo(ConversationState.BOT);
                    assertThat(outcome.replies()).hasSize(2);
                    assertThat(outcome.replies().get(0).faqId()).contains("payment-methods");
                    assertThat(outcome.replies().get(0).language()).contains("pl");
                    assertThat(outcome.replies().get(1).faqId()).isEmpty();
                    assertThat(outcome.replies().get(1).quickReplies()).containsExactly("Tak, dziękuję", "Nie");
                })
                .verifyComplete();
        ConversationTurn turn = recordedTurn();
        assertThat(turn.updated().language()).isEqualTo(Language.PL);
        assertThat(turn.updated().memory().lastFaqId()).contains("payment-methods");
        assertThat(turn.updated().memory().voteSeq()).isEqualTo(3);
    }

    @Test
    void givenAnotherTurnLandsFirst_whenSaving_thenTheTurnIsRecomputedOnTheNewerVersion() {
        Conversation first = conversation(ConversationState.BOT, 1);
        Conversation newer = first.advanced(2, NOW);
        when(conversations.find(first.id())).thenReturn(Mono.just(first), Mono.just(newer));
        when(store.record(any()))
                .thenReturn(Mono.error(new ConcurrentTurnException(first.id(), first.version())))
                .thenReturn(Mono.empty());

        StepVerifier.create(service.handle(new HandleShopperMessage.Command(first.id(), TOKEN, "thanks")))
                .expectNextCount(1)
                .verifyComplete();

        ArgumentCaptor<ConversationTurn> turns = ArgumentCaptor.forClass(ConversationTurn.class);
        verify(store, times(2)).record(turns.capture());
        ConversationTurn saved = turns.getAllValues().get(1);
        assertThat(saved.expectedVersion()).isEqualTo(newer.version());
        assertThat(saved.appended().get(0).seq()).isEqualTo(newer.lastSeq() + 1);
    }

    @Test
    void givenSomeoneElsesToken_whenWriting_thenNotFoundAndNothingIsSaved() {
        Conversation conversation = stored(ConversationState.BOT, 1);

        StepVerifier.create(service.handle(new HandleShopperMessage.Command(conversation.id(),
                        ConversationToken.generate(), "hello")))
                .verifyError(ConversationNotFoundException.class);
        verify(store, never()).record(any());
    }

    @Test
    void givenAConversationLimitedToTwoMessages_whenStrangersAndThenItsShopperWrite_thenOnlyTheShoppersTurnsCountAndTheThirdIsRefused() {
        List<String> asked = new ArrayList<>();
        HandleShopperMessageService limited = limitedTo(2, asked);
        Conversation conversation = stored(ConversationState.BOT, 1);
        when(conversations.find("made-up")).thenReturn(Mono.empty());
        when(store.record(any())).thenReturn(Mono.empty());

        for (int i = 0; i < 5; i++) {
            StepVerifier.create(limited.handle(new HandleShopperMessage.Command("made-up", TOKEN, "hello")))
                    .verifyError(ConversationNotFoundException.class);
            StepVerifier.create(limited.handle(new HandleShopperMessage.Command(conversation.id(),
                    ConversationToken.generate(), "hello"))).verifyError(ConversationNotFoundException.class);
        }
        assertThat(asked).as("no id and no wrong token reaches the limit").isEmpty();

        StepVerifier.create(limited.handle(new HandleShopperMessage.Command(conversation.id(), TOKEN, "thanks"))).expectNextCount(1).verifyComplete();
        StepVerifier.create(limited.handle(new HandleShopperMessage.Command(conversation.id(), TOKEN, "thanks"))).expectNextCount(1).verifyComplete();
        StepVerifier.create(limited.handle(new HandleShopperMessage.Command(conversation.id(), TOKEN, "thanks")))
                .verifyErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(TooManyTurnsException.class,
                        tooMany -> assertThat(tooMany.retryAfter()).isEqualTo(Duration.ofSeconds(20))));
        assertThat(asked).containsExactly(conversation.id(), conversation.id(), conversation.id());
        verify(store, times(2)).record(any());
    }

    @Test
    void givenATurnRecomputedAfterLosingARace_whenCounted_thenItTakesOneMessageFromTheLimit() {
        List<String> asked = new ArrayList<>();
        HandleShopperMessageService limited = limitedTo(5, asked);
        Conversation first = conversation(ConversationState.BOT, 1);
        when(conversations.find(first.id())).thenReturn(Mono.just(first), Mono.just(first.advanced(2, NOW)));
        when(store.record(any()))
                .thenReturn(Mono.error(new ConcurrentTurnException(first.id(), first.version())))
                .thenReturn(Mono.empty());

        StepVerifier.create(limited.handle(new HandleShopperMessage.Command(first.id(), TOKEN, "thanks")))
                .expectNextCount(1).verifyComplete();

        assertThat(asked).hasSize(1);
    }

    @Test
    void givenANewConversationWhoseOnlyMessageIsThePersonButton_whenPressed_thenAskedWhatItIsAboutAndNotQueued() {
        Conversation conversation = stored(ConversationState.BOT, 1);
        when(store.record(any())).thenReturn(Mono.empty());
        when(transcripts.messagesAfter(conversation.id(), 0)).thenReturn(Flux.empty());

        StepVerifier.create(service.handle(new HandleShopperMessage.Command(conversation.id(), TOKEN,
                        BotTexts.text(Language.EN, "quick-reply.human"))))
                .assertNext(outcome -> {
                    assertThat(outcome.state()).isEqualTo(ConversationState.BOT);
                    assertThat(outcome.replies()).singleElement().satisfies(reply ->
                            assertThat(reply.text()).isEqualTo(BotTexts.text(Language.EN, "handoff.tell-first")));
                })
                .verifyComplete();
        assertThat(recordedTurn().queue()).isEqualTo(QueueChange.NONE);
    }

    @Test
    void givenANewConversation_whenTheShopperTypesTheButtonsWordsInTheirOwnCase_thenQueuedInTheSameTurn() {
        Conversation conversation = stored(ConversationState.BOT, 1);
        when(store.record(any())).thenReturn(Mono.empty());
        when(transcripts.messagesAfter(eq(conversation.id()), anyLong())).thenReturn(Flux.empty());
        when(queue.entries()).thenReturn(Flux.empty());

        StepVerifier.create(service.handle(new HandleShopperMessage.Command(conversation.id(), TOKEN,
                        "talk to a person")))
                .assertNext(outcome -> assertThat(outcome.state()).isEqualTo(ConversationState.QUEUED))
                .verifyComplete();
    }

    @Test
    void givenSomethingTypedEarlier_whenThePersonButtonIsPressed_thenQueuedInTheSameTurn() {
        Conversation conversation = stored(ConversationState.BOT, 3);
        when(store.record(any())).thenReturn(Mono.empty());
        when(transcripts.messagesAfter(eq(conversation.id()), anyLong())).thenReturn(Flux.just(
                earlier(2, "my parcel never came", "order_status")));
        when(queue.entries()).thenReturn(Flux.empty());

        StepVerifier.create(service.handle(new HandleShopperMessage.Command(conversation.id(), TOKEN,
                        BotTexts.text(Language.EN, "quick-reply.human"))))
                .assertNext(outcome -> assertThat(outcome.state()).isEqualTo(ConversationState.QUEUED))
                .verifyComplete();
    }

    @Test
    void givenAQueueAtItsCeiling_whenAShopperAsksForAPerson_thenTheyAreAskedForAnEmailAndWhenTheyLeaveOneTheyWaitForAnAnswerByMail() {
        HandleShopperMessageService limited = annaOnline(ShopperTurnLimit.NONE, new QueueAdmission(5, 2));
        Conversation conversation = stored(ConversationState.BOT, 1);
        when(store.record(any())).thenReturn(Mono.empty());
        when(transcripts.messagesAfter(eq(conversation.id()), anyLong())).thenReturn(Flux.empty());
        when(queue.entries()).thenReturn(Flux.just(waiting("a", 120), waiting("b", 60)));

        StepVerifier.create(limited.handle(new HandleShopperMessage.Command(conversation.id(), TOKEN,
                        "I want to talk to a human", Optional.of("203.0.113.9"))))
                .assertNext(outcome -> {
                    assertThat(outcome.state()).isEqualTo(ConversationState.BOT);
                    assertThat(outcome.queue()).isEmpty();
                    assertThat(outcome.replies()).singleElement().satisfies(reply ->
                            assertThat(reply.text()).isEqualTo(BotTexts.text(Language.EN, "queue.full")));
                })
                .verifyComplete();
        ConversationTurn refused = recordedTurn();
        assertThat(refused.queue()).isEqualTo(QueueChange.NONE);

        Conversation asked = refused.updated();
        when(conversations.find(conversation.id())).thenReturn(Mono.just(asked));
        when(transcripts.messagesAfter(conversation.id(), asked.lastSeq() - 1))
                .thenReturn(Flux.just(refused.appended().get(refused.appended().size() - 1)));
        StepVerifier.create(limited.handle(new HandleShopperMessage.Command(conversation.id(), TOKEN,
                        "ann@example.org", Optional.of("203.0.113.9"))))
                .assertNext(outcome -> {
                    assertThat(outcome.state()).isEqualTo(ConversationState.QUEUED);
                    assertThat(outcome.replies()).singleElement().satisfies(reply ->
                            assertThat(reply.text()).isEqualTo(BotTexts.text(Language.EN, "contact.saved", "ann@example.org")));
                })
                .verifyComplete();
        ArgumentCaptor<ConversationTurn> turns = ArgumentCaptor.forClass(ConversationTurn.class);
        verify(store, times(2)).record(turns.capture());
        ConversationTurn followUp = turns.getAllValues().get(1);
        assertThat(followUp.updated().contactEmail()).contains("ann@example.org");
        assertThat(enqueued(followUp).followUp()).as("answered by e-mail").isTrue();
    }

    @Test
    void givenOneClientWithTwoChatsWaiting_whenAThirdOfItsChatsAsksForAPerson_thenLeaveYourEmailWhileAnotherClientIsQueued() {
        HandleShopperMessageService limited = annaOnline(ShopperTurnLimit.NONE, new QueueAdmission(2, 100));
        List<QueueEntry> waiting = new ArrayList<>();
        when(queue.entries()).thenAnswer(call -> Flux.fromIterable(List.copyOf(waiting)));
        when(store.record(any())).thenAnswer(call -> {
            ConversationTurn turn = call.getArgument(0);
            if (turn.queue() instanceof QueueChange.Enqueue enqueue) {
                waiting.add(enqueue.entry());
            }
            return Mono.empty();
        });
        List<ConversationState> states = new ArrayList<>();
        for (String[] chat : new String[][] {{"c-1", "198.51.100.4"}, {"c-2", "198.51.100.4"}, {"c-3", "198.51.100.4"},
            {"c-4", "192.0.2.8"}}) {
            Conversation conversation = new Conversation(chat[0], ConversationToken.hash(TOKEN), Channel.WEB, Language.EN,
                    ConversationState.BOT, Optional.empty(), Optional.empty(), BotMemory.EMPTY, Optional.empty(), 1, 1,
                    NOW, NOW);
            when(conversations.find(chat[0])).thenReturn(Mono.just(conversation));
            when(transcripts.messagesAfter(eq(chat[0]), anyLong())).thenReturn(Flux.empty());
            states.add(limited.handle(new HandleShopperMessage.Command(chat[0], TOKEN, "I want to talk to a human",
                    Optional.of(chat[1]))).block().state());
        }

        assertThat(states).containsExactly(ConversationState.QUEUED, ConversationState.QUEUED, ConversationState.BOT,
                ConversationState.QUEUED);
    }

    @Test
    void givenBlankOrOverlongText_whenWriting_thenRefusedWithTheReasonAndNothingIsSaved() {
        StepVerifier.create(service.handle(new HandleShopperMessage.Command("c", TOKEN, " \n ")))
                .verifyErrorSatisfies(error -> assertThat(error).isInstanceOf(InvalidShopperMessageException.class)
                        .hasMessageContaining("blank"));
        StepVerifier.create(service.handle(new HandleShopperMessage.Command("c", TOKEN, "a".repeat(4001))))
                .verifyErrorSatisfies(error -> assertThat(error).hasMessageContaining("4000"));
        verify(store, never()).record(any());
    }

    /** The service with one agent, anna, online. */
    private HandleShopperMessageService annaOnline(ShopperTurnLimit limit, QueueAdmission admission) {
        AgentPresence presence = new AgentPresence();
        presence.set("anna", Presence.ONLINE, NOW);
        return service(() -> List.of(new Agent("anna", Set.of(), 3)), presence, limit, admission);
    }

    /** The service with a limit of {@code turns} messages per conversation, noting each conversation it is asked about. */
    private HandleShopperMessageService limitedTo(int turns, List<String> asked) {
        ShopperTurnLimit limit = conversationId -> {
            asked.add(conversationId);
            return asked.size() > turns ? Optional.of(Duration.ofSeconds(20)) : Optional.empty();
        };
        return service(List::of, new AgentPresence(), limit, QueueAdmission.unlimited());
    }

    private HandleShopperMessageService service(AgentRoster roster, AgentPresence presence, ShopperTurnLimit limit,
                                                QueueAdmission admission) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        LiveQueue liveQueue = new LiveQueue(queue, roster, presence, QueueSettings.defaults(), BusinessHours.alwaysOpen(),
                clock);
        return new HandleShopperMessageService(conversations, transcripts, new TurnRecorder(store, ConversationEvents.NONE),
                liveQueue, DemoShop::knowledge,
                new DialoguePolicy(DialogueSettings.defaults(), new OrderDialogue(new FakeOrders(), clock)),
                limit, admission, BotTurns.NONE, clock);
    }

    /** What the queue gets when the shopper of a bot conversation, having written {@code earlier}, asks for a person. */
    private QueueEntry queuedAfter(String askingForAPerson, Message... earlier) {
        Conversation conversation = stored(ConversationState.BOT, 7);
        when(store.record(any())).thenReturn(Mono.empty());
        when(queue.entries()).thenReturn(Flux.empty());
        when(transcripts.messagesAfter(eq(conversation.id()), anyLong())).thenReturn(Flux.just(earlier));

        StepVerifier.create(service.handle(new HandleShopperMessage.Command(conversation.id(), TOKEN, askingForAPerson)))
                .expectNextCount(1)
                .verifyComplete();
        return enqueued(recordedTurn());
    }

    private Conversation stored(ConversationState state, long lastSeq) {
        Conversation conversation = conversation(state, lastSeq);
        when(conversations.find(conversation.id())).thenReturn(Mono.just(conversation));
        return conversation;
    }

    private static Conversation conversation(ConversationState state, long lastSeq) {
        return new Conversation("c-42", ConversationToken.hash(TOKEN), Channel.WEB, Language.EN, state,
                state == ConversationState.BOT ? Optional.empty() : Optional.of(HandoffReason.SHOPPER_REQUEST),
                Optional.empty(), BotMemory.EMPTY, Optional.empty(), lastSeq, 7, NOW.minusSeconds(60), NOW.minusSeconds(30));
    }

    private static QueueEntry waiting(String id, long secondsAgo) {
        return QueueEntry.waiting(id, Language.EN, Channel.WEB, HandoffReason.SHOPPER_REQUEST, "help",
                NOW.minusSeconds(secondsAgo), false);
    }

    private static QueueEntry enqueued(ConversationTurn turn) {
        assertThat(turn.queue()).isInstanceOf(QueueChange.Enqueue.class);
        return ((QueueChange.Enqueue) turn.queue()).entry();
    }

    private static Message earlier(long seq, String text, String intent) {
        return Message.shopper("c-42", seq, text, NOW.minusSeconds(20),
                new Message.Understanding("en", Optional.of(intent), Optional.of(0.9)));
    }

    private static Message unplaced(long seq, String text) {
        return Message.shopper("c-42", seq, text, NOW.minusSeconds(20),
                new Message.Understanding("en", Optional.empty(), Optional.empty()));
    }

    private ConversationTurn recordedTurn() {
        ArgumentCaptor<ConversationTurn> turn = ArgumentCaptor.forClass(ConversationTurn.class);
        verify(store).record(turn.capture());
        return turn.getValue();
    }
}
