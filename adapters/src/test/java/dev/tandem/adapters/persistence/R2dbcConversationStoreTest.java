package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.chat.ConversationTurn;
import dev.tandem.bot.chat.port.ConcurrentTurnException;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.handoff.QueueEntry;
import dev.tandem.intents.Language;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class R2dbcConversationStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00.123456Z");

    private final H2TestDatabase database = new H2TestDatabase();
    private final R2dbcConversationStore store = new R2dbcConversationStore(database.client, database.transaction,
            new QuickRepliesColumn(new JsonMapper()));
    private final R2dbcAgentQueueStore queue = new R2dbcAgentQueueStore(database.client);

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
    void givenTurnWithHandoff_whenRecorded_thenStateMessagesAndQueueEntryAreAllSaved() {
        Conversation conversation = opened("c-2", Channel.WEB, T0);
        store.open(conversation, List.of(botMessage(conversation, 1, "Hi", List.of()))).block();
        Message shopper = Message.shopper("c-2", 2, "chcę rozmawiać z człowiekiem", T0.plusSeconds(5),
                new Message.Understanding("pl", Optional.of("human_agent"), Optional.of(0.93)));
        Message notice = botMessage(conversation, 3, "Łączę z konsultantem", List.of("Tak", "Nie"));
        Conversation queued = conversation.speaking(Language.PL).handOff(HandoffReason.SHOPPER_REQUEST)
                .advanced(2, T0.plusSeconds(5));
        QueueEntry entry = new QueueEntry("c-2", Language.PL, Channel.WEB, HandoffReason.SHOPPER_REQUEST,
                "chcę rozmawiać z człowiekiem", 20, T0.plusSeconds(5));

        store.record(new ConversationTurn(conversation.version(), queued, List.of(shopper, notice), Optional.of(entry))).block();

        assertThat(store.find("c-2").block()).isEqualTo(queued);
        assertThat(store.messagesAfter("c-2", 1).collectList().block()).containsExactly(shopper, notice);
        assertThat(queue.waiting().collectList().block()).containsExactly(entry);
        assertThat(queue.positionOf("c-2").block()).isEqualTo(1);
    }

    @Test
    void givenAnotherTurnLandedFirst_whenAStaleTurnIsRecorded_thenRefusedAndNoneOfItIsSaved() {
        Conversation conversation = opened("c-3", Channel.WEB, T0);
        store.open(conversation, List.of(botMessage(conversation, 1, "Hi", List.of()))).block();
        Message first = Message.shopper("c-3", 2, "first", T0, new Message.Understanding("en", Optional.empty(), Optional.empty()));
        store.record(new ConversationTurn(conversation.version(), conversation.advanced(1, T0), List.of(first), Optional.empty())).block();

        Message stale = Message.shopper("c-3", 3, "stale", T0, new Message.Understanding("en", Optional.empty(), Optional.empty()));
        QueueEntry entry = new QueueEntry("c-3", Language.EN, Channel.WEB, HandoffReason.COMPLAINT, "stale", 20, T0);
        StepVerifier.create(store.record(new ConversationTurn(conversation.version(),
                        conversation.handOff(HandoffReason.COMPLAINT).advanced(1, T0), List.of(stale), Optional.of(entry))))
                .verifyError(ConcurrentTurnException.class);

        assertThat(store.messagesAfter("c-3", 0).map(Message::text).collectList().block()).containsExactly("Hi", "first");
        assertThat(queue.waiting().collectList().block()).isEmpty();
    }

    @Test
    void givenWaitingConversations_whenListed_thenChatBeforeEmailAndOldestFirstWithinAPriority() {
        QueueEntry emailOldest = queueUp("e-1", Channel.EMAIL, T0);
        QueueEntry chatLater = queueUp("w-2", Channel.WEB, T0.plusSeconds(60));
        QueueEntry chatEarlier = queueUp("w-1", Channel.WEB, T0.plusSeconds(30));

        assertThat(queue.waiting().collectList().block()).containsExactly(chatEarlier, chatLater, emailOldest);
        assertThat(queue.positionOf("e-1").block()).isEqualTo(3);
        assertThat(queue.waitingAhead(QueueEntry.priorityOf(Channel.WEB), T0.plusSeconds(45)).block()).isEqualTo(1L);
    }

    private QueueEntry queueUp(String id, Channel channel, Instant at) {
        Conversation conversation = opened(id, channel, at);
        store.open(conversation, List.of()).block();
        QueueEntry entry = new QueueEntry(id, Language.EN, channel, HandoffReason.SHOPPER_REQUEST, "help", QueueEntry.priorityOf(channel), at);
        store.record(new ConversationTurn(conversation.version(), conversation.handOff(HandoffReason.SHOPPER_REQUEST)
                .advanced(0, at), List.of(), Optional.of(entry))).block();
        return entry;
    }

    private static Conversation opened(String id, Channel channel, Instant at) {
        return Conversation.start(id, "a".repeat(64), channel, Language.EN, at).advanced(1, at);
    }

    private static Message botMessage(Conversation conversation, long seq, String text, List<String> quickReplies) {
        return new Message(conversation.id(), seq, Author.BOT, text, T0, Optional.of("pl"), Optional.empty(),
                Optional.empty(), Optional.empty(), quickReplies);
    }
}
