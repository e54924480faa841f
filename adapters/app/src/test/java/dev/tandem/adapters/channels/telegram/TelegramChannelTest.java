package dev.tandem.adapters.channels.telegram;

import static dev.tandem.adapters.ShopperChat.list;
import static dev.tandem.adapters.Staff.as;
import static dev.tandem.adapters.Staff.claimAndReply;
import static dev.tandem.adapters.Staff.conversation;
import static dev.tandem.adapters.Staff.queue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.ModelCacheWarmup;
import dev.tandem.adapters.ShopperChat;
import dev.tandem.adapters.channels.telegram.StubBotApi.Call;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The Telegram channel end to end: the whole application on a random port, Telegram's side played by a local
 * stub of the Bot API. Updates are posted to the webhook as Telegram posts them; what the shopper sees is
 * what reached the stub's sendMessage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "tandem.users[0].name=agent", "tandem.users[0].password={noop}agent-pass", "tandem.users[0].roles=AGENT",
    "tandem.rate-limit.per-ip=false",
    "tandem.telegram.enabled=true",
    "tandem.telegram.bot-token=" + StubBotApi.TOKEN,
    "tandem.telegram.webhook-secret=" + TelegramChannelTest.SECRET,
    "tandem.telegram.retries=2", "tandem.telegram.retry-backoff=50ms", "tandem.telegram.timeout=3s"})
class TelegramChannelTest {

    static final String SECRET = "wh-secret_9f8e7d6c5b4a";
    private static final StubBotApi BOT_API = new StubBotApi();
    private static final Path DATA_DIR = ModelCacheWarmup.newDataDir("tandem-telegram-test");

    @DynamicPropertySource
    static void stubAndData(DynamicPropertyRegistry registry) {
        registry.add("tandem.data-dir", DATA_DIR::toString);
        registry.add("tandem.telegram.api-base-url", () -> BOT_API.url().toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient db;

    private WebTestClient http;

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @AfterAll
    static void stopStub() {
        BOT_API.close();
    }

    @Test
    void givenPolishShopper_whenAskingAnFaqAndPressingHelpful_thenAnswerWithKeyboardArrivesAndTheVoteIsRecorded() {
        TelegramUpdates ola = new TelegramUpdates(newChatId(), "pl");

        webhook(ola.text("/start")).expectStatus().isOk();
        BOT_API.awaitSent(ola.chatId(), "the Polish greeting", call -> call.text().startsWith("Dzień dobry!"));

        webhook(ola.text("Jakie metody płatności akceptujecie?")).expectStatus().isOk();
        Call answer = BOT_API.awaitSent(ola.chatId(), "the payment-methods answer", call -> call.text().contains("BLIK"));
        assertThat(answer.body()).containsEntry("parse_mode", "HTML");
        assertThat(answer.text()).as("Markdown as Telegram HTML").startsWith("<b>Polska:</b> BLIK");
        Call question = BOT_API.awaitSent(ola.chatId(), "Was this helpful?", call -> call.text().equals("Czy to pomogło?"));
        assertThat(question.buttons()).extracting(button -> button.get("text")).containsExactly("Tak, dziękuję", "Nie");
        assertThat(question.buttons()).extracting(button -> button.get("callback_data"))
                .containsExactly("Tak, dziękuję", "Nie");
        List<Call> sent = BOT_API.sentTo(ola.chatId());
        assertThat(sent.indexOf(answer)).as("sent in transcript order").isLessThan(sent.indexOf(question));

        webhook(ola.press("cbq-pl-1", "Tak, dziękuję")).expectStatus().isOk();
        BOT_API.awaitCall("answerCallbackQuery", call -> "cbq-pl-1".equals(call.body().get("callback_query_id")));
        BOT_API.awaitSent(ola.chatId(), "the thank-you", call -> call.text().startsWith("Cieszę się, że mogłem pomóc"));

        Map<String, Object> story = conversation(http, "agent", conversationOf(ola.chatId()));
        assertThat(story).containsEntry("channel", "telegram").containsEntry("language", "pl");
        assertThat(list(story.get("messages"))).anySatisfy(message -> assertThat(message)
                .containsEntry("author", "BOT").containsEntry("faqId", "payment-methods").containsEntry("helpful", true));
        assertThat(list(story.get("messages"))).anySatisfy(message -> assertThat(message)
                .containsEntry("author", "SHOPPER").containsEntry("text", "Tak, dziękuję"));
    }

    @Test
    void givenUkrainianShopper_whenAskingForAPerson_thenQueuedAsTelegramAndTheAgentsReplyArrives() {
        TelegramUpdates taras = new TelegramUpdates(newChatId(), "uk");

        webhook(taras.text("/start")).expectStatus().isOk();
        BOT_API.awaitSent(taras.chatId(), "the Ukrainian greeting", call -> call.text().startsWith("Вітаю!"));
        webhook(taras.text("хочу поговорити з оператором")).expectStatus().isOk();
        String id = conversationOf(taras.chatId());
        BOT_API.awaitSentCount(taras.chatId(), 2);

        assertThat(queue(http, "agent")).anySatisfy(waiting -> assertThat(waiting)
                .containsEntry("id", id).containsEntry("channel", "telegram").containsEntry("language", "uk"));
        Map<String, Object> story = conversation(http, "agent", id);
        assertThat(story).containsEntry("state", "QUEUED").containsEntry("handoffReason", "SHOPPER_REQUEST");
        assertThat(list(ShopperChat.map(story.get("customer")).get("knownAs"))).as("the Telegram user is the customer")
                .containsExactly(Map.of("kind", "TELEGRAM", "value", Long.toString(taras.chatId()), "source",
                        "TELEGRAM_ACCOUNT"));

        claimAndReply(http, "agent", id, "Добрий день! Я <Олена>, чим допомогти?");

        Call reply = BOT_API.awaitSent(taras.chatId(), "the agent's reply", call -> call.text().startsWith("Добрий день!"));
        assertThat(reply.text()).as("an agent's text is shown as written").isEqualTo("Добрий день! Я &lt;Олена&gt;, чим допомогти?");
        assertThat(reply.buttons()).isEmpty();

        webhook(taras.text("Дякую, чекаю на замовлення")).expectStatus().isOk();
        assertThat(list(conversation(http, "agent", id).get("messages"))).anySatisfy(message -> assertThat(message)
                .containsEntry("author", "SHOPPER").containsEntry("text", "Дякую, чекаю на замовлення"));
    }

    @Test
    void givenEnglishShopperWithoutStart_whenAskingHowToReturn_thenTheAnswerHasItsLinkAndARedeliveredUpdateCountsOnce() {
        TelegramUpdates max = new TelegramUpdates(newChatId(), "de");
        String question = max.text("How do I return an item?");

        webhook(question).expectStatus().isOk();
        webhook(question).expectStatus().isOk(); // Telegram delivers it again
        webhook(max.sticker()).expectStatus().isOk(); // acknowledged and left alone

        Call answer = BOT_API.awaitSent(max.chatId(), "the return-how-to answer", call -> call.text().contains("My orders"));
        assertThat(answer.text())
                .startsWith("1. Log in and open <b>My orders</b>")
                .contains("<a href=\"https://lumo.pl/returns\">the returns form</a>");
        Map<String, Object> story = conversation(http, "agent", conversationOf(max.chatId()));
        assertThat(story).containsEntry("language", "en");
        assertThat(list(story.get("messages"))).filteredOn(message -> "SHOPPER".equals(message.get("author")))
                .extracting(message -> message.get("text")).containsExactly("How do I return an item?");
        assertThat(BOT_API.sentTo(max.chatId())).noneMatch(call -> call.text().startsWith("Hello"));
    }

    @Test
    void givenMissingOrWrongSecret_whenPosting_then401AndNothingIsStored() {
        TelegramUpdates intruder = new TelegramUpdates(newChatId(), "en");
        long conversationsBefore = count("SELECT COUNT(*) FROM conversation");

        http.post().uri(TelegramWebhookController.PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(intruder.text("/start")).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED)
                .expectBody().jsonPath("$.error").isEqualTo("unauthorized")
                .jsonPath("$.message").value(message -> assertThat((String) message).contains("X-Telegram-Bot-Api-Secret-Token"));
        for (String wrong : List.of(SECRET + "x", SECRET.substring(1), "", "WH-SECRET_9F8E7D6C5B4A")) {
            http.post().uri(TelegramWebhookController.PATH).header(TelegramWebhookController.SECRET_HEADER, wrong)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(intruder.text("I want to talk to a person"))
                    .exchange().expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED)
                    .expectBody().jsonPath("$.error").isEqualTo("unauthorized");
        }

        assertThat(count("SELECT COUNT(*) FROM telegram_chat WHERE chat_id = " + intruder.chatId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM conversation")).isEqualTo(conversationsBefore);
        assertThat(BOT_API.sentTo(intruder.chatId())).isEmpty();
    }

    @Test
    void givenTelegramFailing_whenTheShopperWrites_thenTheChatGoesOnAndTheTranscriptHasEverything() {
        TelegramUpdates ola = new TelegramUpdates(newChatId(), "pl");
        BOT_API.failSendsTo(ola.chatId());

        webhook(ola.text("/start")).expectStatus().isOk();
        webhook(ola.text("Jakie metody płatności akceptujecie?")).expectStatus().isOk();

        Map<String, Object> story = conversation(http, "agent", conversationOf(ola.chatId()));
        assertThat(list(story.get("messages"))).extracting(message -> message.get("author"))
                .containsExactly("BOT", "SHOPPER", "BOT", "BOT");
        assertThat(list(story.get("messages")).get(2)).containsEntry("faqId", "payment-methods");
        List<Call> attempts = BOT_API.awaitSentCount(ola.chatId(), 9);
        assertThat(attempts).as("greeting, answer and question: each tried once and retried twice, then given up")
                .hasSize(9);

        BOT_API.recover(ola.chatId());
        webhook(ola.text("Nie")).expectStatus().isOk();
        assertThat(BOT_API.awaitSentCount(ola.chatId(), 10)).hasSizeGreaterThan(9);
    }

    @Test
    void givenAShopperWhoSendsAPhotoWithACaption_thenThePhotoIsAnAttachmentFollowedByTheCaptionAndAMissingFileIsLeftOut()
            throws java.io.IOException {
        TelegramUpdates ola = new TelegramUpdates(newChatId(), "pl");
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "jpeg", jpeg);
        String fileId = "AgACAgIAAxkBAAIC" + ola.chatId();
        BOT_API.keepFile(fileId, jpeg.toByteArray());

        webhook(ola.text("/start")).expectStatus().isOk();
        webhook(ola.photo(fileId, "Paczka przyszła zgnieciona")).expectStatus().isOk();
        webhook(ola.photo("gone-" + ola.chatId(), null)).expectStatus().isOk();   // getFile refuses it

        String id = conversationOf(ola.chatId());
        List<Map<String, Object>> said = list(conversation(http, "agent", id).get("messages")).stream()
                .filter(message -> "SHOPPER".equals(message.get("author"))).toList();
        assertThat(said).extracting(message -> message.get("text")).containsExactly("photo.jpg", "Paczka przyszła zgnieciona");
        Map<String, Object> photo = ShopperChat.map(said.get(0).get("attachment"));
        assertThat(photo).containsEntry("mediaType", "image/jpeg");
        as(http, "agent").get().uri("/api/v1/agent/conversations/{id}/attachments/{a}", id, photo.get("id")).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_JPEG);
    }

    private WebTestClient.ResponseSpec webhook(String update) {
        return http.post().uri(TelegramWebhookController.PATH).header(TelegramWebhookController.SECRET_HEADER, SECRET)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(update).exchange();
    }

    private String conversationOf(long chatId) {
        return db.sql("SELECT conversation_id FROM telegram_chat WHERE chat_id = :chatId").bind("chatId", chatId)
                .map(row -> row.get("conversation_id", String.class)).one().block();
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

    private static long newChatId() {
        return ThreadLocalRandom.current().nextLong(100_000_000L, 9_000_000_000L);
    }
}
