package dev.tandem.adapters.channels.email;

import static dev.tandem.adapters.ShopperChat.JSON;
import static dev.tandem.adapters.ShopperChat.list;
import static dev.tandem.adapters.Staff.as;
import static dev.tandem.adapters.Staff.claimAndReply;
import static dev.tandem.adapters.Staff.conversation;
import static dev.tandem.adapters.Staff.queue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.ModelCacheWarmup;
import dev.tandem.adapters.ShopperChat;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The e-mail channel end to end: the whole application on a random port, reading and sending through GreenMail
 * as the shop's real mail server (IMAP and SMTP). Shoppers' mails are sent over SMTP to the support mailbox;
 * what the shopper gets is what GreenMail received from the support address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "tandem.users[0].name=agent", "tandem.users[0].password={noop}agent-pass", "tandem.users[0].roles=AGENT",
    "tandem.users[0].capacity=20",
    "tandem.rate-limit.per-ip=false",
    "tandem.email.enabled=true",
    "tandem.email.address=" + LocalMailServer.SUPPORT,
    "tandem.email.display-name=Lumo support",
    "tandem.email.imap.host=127.0.0.1", "tandem.email.imap.ssl=false",
    "tandem.email.imap.password=" + LocalMailServer.SUPPORT_PASSWORD,
    "tandem.email.smtp.host=127.0.0.1", "tandem.email.smtp.security=none",
    "tandem.email.poll-interval=250ms", "tandem.email.timeout=2s",
    "tandem.email.retry-backoff=200ms", "tandem.email.max-retry-backoff=1s",
    "tandem.email.away.chat-page=https://shop.example/help", "tandem.email.away.after=300ms"})
class EmailChannelTest {

    private static final LocalMailServer MAIL = new LocalMailServer();
    private static final Path DATA_DIR = ModelCacheWarmup.newDataDir("tandem-email-test");

    @DynamicPropertySource
    static void mailServerAndData(DynamicPropertyRegistry registry) {
        registry.add("tandem.data-dir", DATA_DIR::toString);
        registry.add("tandem.email.imap.port", () -> MAIL.imapPort);
        registry.add("tandem.email.smtp.port", () -> MAIL.smtpPort);
    }

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient db;

    @Autowired
    MeterRegistry metrics;

    private WebTestClient http;

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    static void stopMailServer() {
        MAIL.close();
    }

    record Lines(String language, String subject, String paymentQuestion, String deliveryQuestion, String attribution) {

        @Override
        public String toString() {
            return language;
        }
    }

    static Stream<Lines> languages() {
        return Stream.of(
                new Lines("en", "Question", "Which payment methods do you accept?", "And how long does delivery take?",
                        "On Wed, 25 Nov 2026 at 10:00, Lumo support <support@lumo.example> wrote:"),
                new Lines("ru", "Оплата", "Какие способы оплаты вы принимаете?", "А сколько идёт доставка?",
                        "ср, 25 нояб. 2026 г. в 10:00, Lumo support <support@lumo.example>:"),
                new Lines("uk", "Оплата", "Які способи оплати ви приймаєте?", "А скільки триває доставка?",
                        "ср, 25 лист. 2026 р. о 10:00 Lumo support <support@lumo.example> пише:"),
                new Lines("pl", "Płatność", "Jakie metody płatności akceptujecie?", "A ile trwa dostawa?",
                        "śr., 25 lis 2026 o 10:00 Lumo support <support@lumo.example> napisał(a):"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void givenAnFaqQuestionByMail_whenAnswered_thenTheAnswerArrivesInTheThreadAndAReplyContinuesTheConversation(Lines lines) {
        String shopper = shopper(lines.language());
        String question = MAIL.send(shopper, lines.subject(), lines.paymentQuestion() + "\n\n-- \nAnna\n+48 600 700 800",
                Map.of());

        MimeMessage answer = MAIL.awaitAnswer(shopper, "the payment answer",
                mail -> LocalMailServer.text(mail).contains("BLIK"));
        String answerText = LocalMailServer.text(answer);
        assertThat(LocalMailServer.subject(answer)).isEqualTo("Re: " + lines.subject());
        assertThat(LocalMailServer.header(answer, "In-Reply-To")).isEqualTo(question);
        assertThat(LocalMailServer.header(answer, "References")).contains(question);
        assertThat(LocalMailServer.header(answer, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(answerText).as("plain text, the Markdown undone").contains("Przelewy24").doesNotContain("**");
        assertThat(answerText).as("nothing the shopper wrote is quoted back")
                .doesNotContain(lines.paymentQuestion()).doesNotContain("600 700 800");
        String conversationId = conversationOf(shopper);
        Map<String, Object> story = conversation(http, "agent", conversationId);
        assertThat(story).containsEntry("channel", "email").containsEntry("language", lines.language());
        assertThat(list(story.get("messages"))).anySatisfy(message -> assertThat(message)
                .containsEntry("author", "BOT").containsEntry("faqId", "payment-methods"));

        String answerId = LocalMailServer.header(answer, "Message-ID");
        String reply = MAIL.send(shopper, "Re: " + lines.subject(), lines.deliveryQuestion() + "\n\n" + lines.attribution()
                        + "\n> " + answerText.lines().findFirst().orElse(""),
                Map.of("In-Reply-To", answerId, "References", question + " " + answerId));

        MimeMessage second = MAIL.awaitAnswer(shopper, "the delivery answer",
                mail -> LocalMailServer.header(mail, "In-Reply-To").equals(reply));
        assertThat(LocalMailServer.subject(second)).isEqualTo("Re: " + lines.subject());
        assertThat(LocalMailServer.header(second, "References")).contains(question).contains(answerId).contains(reply);
        assertThat(conversationOf(shopper)).as("the same conversation").isEqualTo(conversationId);
        List<Map<String, Object>> messages = list(conversation(http, "agent", conversationId).get("messages"));
        assertThat(messages).filteredOn(message -> "SHOPPER".equals(message.get("author")))
                .extracting(message -> message.get("text"))
                .as("the subject leads the first message; quotes and signatures are not read")
                .containsExactly(lines.subject() + "\n\n" + lines.paymentQuestion(), lines.deliveryQuestion());
        assertThat(messages).anySatisfy(message -> assertThat(message)
                .containsEntry("author", "BOT").containsEntry("faqId", "shipping-time"));
    }

    @Test
    void givenAMailTheBotCannotAnswer_whenAnAgentRepliesInTheConsole_thenTheShopperGetsTheAgentsMail() {
        String shopper = shopper("pl");
        String question = MAIL.send(shopper, "Reklamacja", "<div>Chcę porozmawiać z konsultantem, proszę.</div>"
                + "<blockquote>stara wiadomość</blockquote>", Map.of());
        MimeMessage notice = MAIL.awaitAnswer(shopper, "the handoff notice", mail -> true);
        assertThat(LocalMailServer.header(notice, "In-Reply-To")).isEqualTo(question);

        String id = conversationOf(shopper);
        assertThat(queue(http, "agent")).anySatisfy(waiting -> assertThat(waiting)
                .containsEntry("id", id).containsEntry("channel", "email").containsEntry("language", "pl"));
        Map<String, Object> story = conversation(http, "agent", id);
        assertThat(story).containsEntry("state", "QUEUED").containsEntry("handoffReason", "SHOPPER_REQUEST");
        assertThat(ShopperChat.map(story.get("customer"))).satisfies(customer -> assertThat(list(customer.get("knownAs")))
                .containsExactly(Map.of("kind", "EMAIL", "value", shopper, "source", "EMAIL_SENDER")));

        claimAndReply(http, "agent", id, "Dzień dobry, tu Marta. Proszę przesłać zdjęcie uszkodzenia.");

        MimeMessage agentMail = MAIL.awaitAnswer(shopper, "the agent's reply",
                mail -> LocalMailServer.text(mail).contains("tu Marta"));
        assertThat(LocalMailServer.subject(agentMail)).isEqualTo("Re: Reklamacja");
        assertThat(LocalMailServer.header(agentMail, "In-Reply-To")).isEqualTo(question);
        assertThat(LocalMailServer.header(agentMail, "Auto-Submitted")).as("a person wrote it").isEmpty();
        assertThat(list(conversation(http, "agent", id).get("messages")))
                .filteredOn(message -> "SHOPPER".equals(message.get("author")))
                .extracting(message -> message.get("text"))
                .containsExactly("Reklamacja\n\nChcę porozmawiać z konsultantem, proszę.");
    }

    @Test
    void givenAutoRepliesAndBulkMail_whenTheyArrive_thenNobodyAnswersThemAndNoConversationStarts() {
        String away = shopper("away");
        String news = shopper("news");
        MAIL.send(away, "Automatic reply: Re: Payment", "I am out of the office until Monday.",
                Map.of("Auto-Submitted", "auto-replied"));
        MAIL.send(news, "Black Friday -50%", "Our best deals this week!", Map.of("Precedence", "bulk"));
        String person = shopper("person");
        MAIL.send(person, "Payment", "Can I pay with BLIK?", Map.of());

        MAIL.awaitAnswer(person, "an answer to the person who wrote last", mail -> true);
        awaitQuiet();
        assertThat(MAIL.answersTo(away)).isEmpty();
        assertThat(MAIL.answersTo(news)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM email_thread WHERE shopper_address IN ('" + away + "', '" + news + "')"))
                .isZero();
    }

    @Test
    void givenTheMailServerDown_whenShoppersChatAndAnAgentAnswersAMail_thenChatWorksAndTheMailGoesOutOnceItIsBack() {
        String shopper = shopper("outage");
        MAIL.send(shopper, "Help", "I want to talk to a person", Map.of());
        MAIL.awaitAnswer(shopper, "the handoff notice", mail -> true);
        String id = conversationOf(shopper);
        as(http, "agent").post().uri("/api/v1/agent/conversations/{id}/claim", id).exchange().expectStatus().isOk();

        MAIL.stop();
        try {
            ShopperChat chat = ShopperChat.start(http, "en");
            Map<String, Object> answered = chat.say("How long does delivery take?");
            assertThat(list(answered.get("replies"))).anySatisfy(reply -> assertThat(reply)
                    .containsEntry("faqId", "shipping-time"));
            as(http, "agent").post().uri("/api/v1/agent/conversations/{id}/messages", id).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("text", "Hello, this is Olena. Your parcel left today.")).exchange()
                    .expectStatus().isOk();
            await("a failed delivery recorded").atMost(Duration.ofSeconds(20)).until(() -> count(
                    "SELECT failed_attempts FROM email_thread WHERE conversation_id = '" + id + "'") > 0);
            assertThat(metrics.get("tandem.channel.delivery.failures").tag("channel", "email").counter().count())
                    .as("the failed delivery is counted for the operators").isPositive();
            assertThat(chat.say("I want to talk to a person")).containsEntry("state", "QUEUED");
        } finally {
            MAIL.start();
        }

        MimeMessage late = MAIL.awaitAnswer(shopper, "the agent's reply after the outage",
                mail -> LocalMailServer.text(mail).contains("this is Olena"));
        assertThat(LocalMailServer.subject(late)).isEqualTo("Re: Help");
        String afterwards = shopper("after");
        MAIL.send(afterwards, "Payment", "Can I pay with BLIK?", Map.of());
        MAIL.awaitAnswer(afterwards, "mail is read again", mail -> LocalMailServer.text(mail).contains("BLIK"));
        assertThat(count("SELECT failed_attempts FROM email_thread WHERE conversation_id = '" + id + "'")).isZero();
    }

    @Test
    void givenAShopperWhoMailedAndLaterVerifiesTheSameAddressInTheWebChat_thenTheAgentSeesTheMailConversation() {
        String shopper = shopper("cross");
        MAIL.send(shopper, "Zwrot", "Chcę porozmawiać z człowiekiem", Map.of());
        MAIL.awaitAnswer(shopper, "the handoff notice", mail -> true);
        String mailed = conversationOf(shopper);

        ShopperChat chat = ShopperChat.start(http, "pl");
        chat.say("gdzie jest moje zamówienie 100234?");
        chat.say("demo@example.com");
        // The demo order is demo@example.com's: verifying it links the chat to that address, not the mailer's.
        Map<String, Object> customer = ShopperChat.map(conversation(http, "agent", chat.id).get("customer"));
        assertThat(list(customer.get("verifiedOrders"))).extracting(order -> order.get("orderNumber")).contains("100234");
        assertThat(list(customer.get("previousConversations"))).extracting(previous -> previous.get("id"))
                .doesNotContain(mailed);

        String demoMail = MAIL.send("demo@example.com", "Invoice", "I want to talk to a person about an invoice", Map.of());
        MAIL.awaitAnswer("demo@example.com", "the handoff notice",
                mail -> LocalMailServer.header(mail, "In-Reply-To").equals(demoMail));
        String demoThread = db.sql("SELECT conversation_id FROM email_message WHERE message_id = :id").bind("id", demoMail)
                .map(row -> row.get("conversation_id", String.class)).one().block();
        Map<String, Object> mailCustomer = ShopperChat.map(conversation(http, "agent", demoThread).get("customer"));
        assertThat(list(mailCustomer.get("previousConversations"))).anySatisfy(previous -> assertThat(previous)
                .containsEntry("id", chat.id).containsEntry("channel", "web")
                .containsEntry("summary", "gdzie jest moje zamówienie 100234?"));
        assertThat(list(mailCustomer.get("verifiedOrders"))).extracting(order -> order.get("orderNumber")).contains("100234");
    }

    @Test
    void givenAMailWithAPhotoAndAPage_whenItArrives_thenThePhotoIsAnAttachmentOfTheConversationAndThePageIsLeftOut()
            throws java.io.IOException {
        String shopper = shopper("en");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream photo = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", photo);
        MAIL.send(shopper, "Damaged parcel", "The box arrived crushed, photo attached.", Map.of(),
                Map.of("IMG_0042.JPG", photo.toByteArray(),
                        "invoice.pdf.html", "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        String id = conversationOf(shopper);
        await("the photo in the transcript").atMost(Duration.ofSeconds(20))
                .until(() -> list(conversation(http, "agent", id).get("messages")).stream()
                        .anyMatch(message -> message.get("attachment") != null));
        List<Map<String, Object>> files = list(conversation(http, "agent", id).get("messages")).stream()
                .filter(message -> message.get("attachment") != null)
                .map(message -> ShopperChat.map(message.get("attachment"))).toList();
        assertThat(files).singleElement().satisfies(file -> assertThat(file)
                .containsEntry("name", "IMG_0042.jpg").containsEntry("mediaType", "image/jpeg"));
        as(http, "agent").get().uri("/api/v1/agent/conversations/{id}/attachments/{a}", id, files.get(0).get("id")).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_JPEG);
    }

    @Test
    void givenWebShoppersWhoLeft_whenAnAgentReplies_thenEachReplyIsMailedOnceToAKnownAddressWithALinkThatReopensTheChat() {
        String gone = shopper("gone");
        ShopperChat left = waitingWebChat(gone);
        String present = shopper("present");
        ShopperChat connected = waitingWebChat(present);
        ShopperChat anonymous = waitingWebChat(null);
        List<String> frames = new java.util.concurrent.CopyOnWriteArrayList<>();
        reactor.core.Disposable stream = new org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient()
                .execute(java.net.URI.create("ws://localhost:" + port + "/api/v1/conversations/" + connected.id
                                + "/stream?token=" + connected.token),
                        session -> session.receive().map(frame -> frame.getPayloadAsText()).doOnNext(frames::add).then())
                .subscribe();
        String code;
        try {
            await("the widget's stream is open").atMost(Duration.ofSeconds(20)).until(() -> !frames.isEmpty());
            claimAndReply(http, "agent", left.id, "Your parcel left our warehouse today.");
            claimAndReply(http, "agent", connected.id, "I see you are here: the refund is on its way.");
            claimAndReply(http, "agent", anonymous.id, "We have checked your order.");

            MimeMessage mail = MAIL.awaitAnswer(gone, "the agent's reply by mail",
                    sent -> LocalMailServer.text(sent).contains("Your parcel left our warehouse today."));
            String text = LocalMailServer.text(mail);
            assertThat(LocalMailServer.subject(mail)).isEqualTo("Answer in the chat: agent");
            assertThat(text).startsWith("You had left the chat when the answer came. agent writes:")
                    .contains("https://shop.example/help#tandem-chat=" + left.id + ".");
            code = text.replaceAll("(?s).*#tandem-chat=(\\S+).*", "$1");
            await("the connected shopper's reply on their stream").atMost(Duration.ofSeconds(20))
                    .until(() -> frames.stream().anyMatch(frame -> frame.contains("the refund is on its way")));
            awaitQuiet();
            assertThat(MAIL.answersTo(present)).as("the shopper read it in the chat").isEmpty();
            assertThat(count("SELECT COUNT(*) FROM reply_receipt WHERE mailed_seq > 0 AND conversation_id = '"
                    + anonymous.id + "'")).as("no address known, nothing mailed").isZero();

            // A second reply is mailed on its own; the first is never mailed again.
            claimAndReply(http, "agent", left.id, "It should arrive on Thursday.");
            MimeMessage second = MAIL.awaitAnswer(gone, "the second reply by mail",
                    sent -> LocalMailServer.text(sent).contains("Thursday"));
            assertThat(LocalMailServer.text(second)).doesNotContain("warehouse");
            awaitQuiet();
            assertThat(MAIL.answersTo(gone)).hasSize(2);
        } finally {
            stream.dispose();
        }

        // The link reopens the chat with a fresh token; the old one stops working, a made-up code opens nothing.
        Map<String, Object> resumed = http.post().uri("/api/v1/conversations/{id}/resume", left.id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("code", code)).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(resumed).containsEntry("id", left.id).containsEntry("state", "ASSIGNED");
        http.get().uri("/api/v1/conversations/{id}/messages", left.id).header("Authorization", "Bearer " + resumed.get("token"))
                .exchange().expectStatus().isOk().expectBody(String.class)
                .value(page -> assertThat(page).contains("It should arrive on Thursday."));
        http.get().uri("/api/v1/conversations/{id}/messages", left.id).header("Authorization", "Bearer " + left.token)
                .exchange().expectStatus().isNotFound();
        http.post().uri("/api/v1/conversations/{id}/resume", left.id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", left.id + ".madeUpKeyThatWasNeverMailed0123456789")).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.error").isEqualTo("resume_refused");
    }

    /** A web chat waiting for a person, with the address the shopper left (none if null). */
    private ShopperChat waitingWebChat(String address) {
        ShopperChat chat = ShopperChat.start(http, "en");
        chat.say("I want to talk to a person");
        if (address != null) {
            chat.say(address);
        }
        return chat;
    }

    /** The conversation of the shopper's thread, once the mail was taken. */
    private String conversationOf(String shopper) {
        await("a conversation for " + shopper).atMost(Duration.ofSeconds(20)).until(() -> count(
                "SELECT COUNT(*) FROM email_thread WHERE shopper_address = '" + shopper + "'") > 0);
        return db.sql("SELECT conversation_id FROM email_thread WHERE shopper_address = :address")
                .bind("address", shopper).map(row -> row.get("conversation_id", String.class)).one().block();
    }

    /** Four poll intervals (250 ms): enough for a mail that would be answered to have been answered. */
    private static void awaitQuiet() {
        Instant until = Instant.now().plus(Duration.ofSeconds(1));
        while (Instant.now().isBefore(until)) {
            LocalMailServer.pause();
        }
    }

    private long count(String sql) {
        Long value = db.sql(sql).map(row -> ((Number) row.get(0)).longValue()).one().block();
        return value == null ? 0 : value;
    }

    private static String shopper(String tag) {
        return tag + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
