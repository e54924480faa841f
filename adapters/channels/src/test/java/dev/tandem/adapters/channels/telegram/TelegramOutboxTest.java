package dev.tandem.adapters.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.tandem.adapters.events.InProcessConversationEvents;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.events.ConversationEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** From the event bus to sendMessage: which messages go, in which order, and what a refusal does. */
class TelegramOutboxTest {

    private static final long CHAT = 5_550_001;

    private final StubBotApi stub = new StubBotApi();
    private final InProcessConversationEvents events = new InProcessConversationEvents();
    private final TelegramChats chats = mock(TelegramChats.class);
    private final Counter failures = new SimpleMeterRegistry().counter("tandem.channel.delivery.failures");
    private final TelegramOutbox outbox = new TelegramOutbox(events, chats,
            new TelegramBotApi(TelegramBotApiTest.properties(stub.url()), JsonMapper.builder().build()),
            Duration.ofSeconds(30), failures);

    @BeforeEach
    void listen() {
        when(chats.chatOf("tg-1")).thenReturn(Mono.just(CHAT));
        when(chats.chatOf("web-1")).thenReturn(Mono.empty());
        outbox.start();
    }

    @AfterEach
    void stop() {
        outbox.stop();
        stub.close();
    }

    @Test
    void givenATurnAndALaterAgentReply_whenPublished_thenEveryNonShopperMessageOfTheChatGoesOutInOrder() {
        stub.answerNext(500, "error-500.json");
        events.publish(List.of(
                ConversationEvent.message(message("tg-1", 2, Author.SHOPPER, "Gdzie moja paczka?"), ConversationState.BOT),
                ConversationEvent.message(message("tg-1", 3, Author.BOT, "Pierwsza"), ConversationState.BOT),
                ConversationEvent.message(message("tg-1", 4, Author.BOT, "Druga"), ConversationState.BOT),
                ConversationEvent.message(message("web-1", 2, Author.BOT, "For the web widget"), ConversationState.BOT),
                ConversationEvent.of(ConversationEvent.Type.QUEUE_CHANGED, "tg-1", ConversationState.QUEUED, Instant.EPOCH)));
        events.publish(List.of(ConversationEvent.message(
                Message.agent("tg-1", 5, "Tu Anna", Instant.EPOCH, "anna"), ConversationState.ASSIGNED)));
        events.publish(List.of(ConversationEvent.message(
                message("tg-1", 6, Author.SYSTEM, "Anna zakończyła rozmowę"), ConversationState.CLOSED)));

        assertThat(stub.awaitSentCount(CHAT, 5)).extracting(StubBotApi.Call::text)
                .as("the first attempt failed (500) and was retried before anything after it")
                .containsExactly("Pierwsza", "Pierwsza", "Druga", "Tu Anna", "Anna zakończyła rozmowę");
        assertThat(stub.calls()).allSatisfy(call -> assertThat(call.chatId()).isEqualTo(CHAT));
    }

    @Test
    void givenAnswerTelegramCannotParse_whenDelivered_thenSentAgainAsPlainTextAndTheChatGoesOn() {
        stub.answerNext(400, "error-400-entities.json");
        Message faq = new Message("tg-1", 3, Author.BOT, "**Polska:** BLIK", Instant.EPOCH, Optional.of("pl"),
                Optional.empty(), Optional.empty(), Optional.of("payment-methods"), List.of(), Optional.empty(),
                Optional.empty());
        events.publish(List.of(ConversationEvent.message(faq, ConversationState.BOT),
                ConversationEvent.message(message("tg-1", 4, Author.BOT, "Czy to pomogło?"), ConversationState.BOT)));

        List<StubBotApi.Call> sent = stub.awaitSentCount(CHAT, 3);

        assertThat(sent).extracting(StubBotApi.Call::text)
                .containsExactly("<b>Polska:</b> BLIK", "**Polska:** BLIK", "Czy to pomogło?");
        assertThat(sent.get(1).body()).doesNotContainKey("parse_mode");
    }

    @Test
    void givenTelegramDown_whenManyMessagesArrive_thenEachIsGivenUpAndTheLanesEmpty() {
        stub.failSendsTo(CHAT);
        for (int seq = 3; seq < 8; seq++) {
            events.publish(List.of(ConversationEvent.message(message("tg-1", seq, Author.BOT, "m" + seq),
                    ConversationState.BOT)));
        }

        assertThat(stub.awaitSentCount(CHAT, 15)).hasSize(15);
        await("the lanes empty").atMost(Duration.ofSeconds(5)).until(outbox::pending, pending -> pending == 0);
        assertThat(failures.count()).as("each message given up is a delivery failure").isEqualTo(5);
    }

    private static Message message(String conversationId, long seq, Author author, String text) {
        return Message.from(author, conversationId, seq, text, Instant.EPOCH, "pl", Optional.empty(), List.of());
    }
}
