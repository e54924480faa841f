package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.bot.conversation.AttachedFile;
import dev.tandem.bot.conversation.Attachment;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.customer.CustomerLink;
import dev.tandem.bot.customer.Identity;
import dev.tandem.bot.customer.LinkSource;
import dev.tandem.bot.queue.QueueEntry;
import dev.tandem.bot.privacy.Erasure;
import dev.tandem.bot.privacy.ErasureSetChangedException;
import dev.tandem.bot.privacy.InvalidEmailException;
import dev.tandem.bot.privacy.PersonalData;
import dev.tandem.bot.privacy.PersonalDataService;
import dev.tandem.bot.shopper.ConversationTurn;
import dev.tandem.intents.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data requests and retention on real SQL: everything about a customer found, exported, erased; nothing else.
 * H2 here, PostgreSQL in {@code scaleout.PostgresPersonalDataTest} (the same tests).
 */
public class PersonalDataTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final R2dbcConversationStoreTest.DatabaseUnderTest database = database();
    private final R2dbcAgentQueueStore queue = new R2dbcAgentQueueStore(database.client(), List::of);
    private final ConversationRows rows = new ConversationRows(new QuickRepliesColumn(new JsonMapper()));
    private final R2dbcConversationStore conversations = new R2dbcConversationStore(database.client(),
            database.transaction(), rows, queue);
    private final R2dbcPersonalDataStore store = new R2dbcPersonalDataStore(database.client(), database.transaction(),
            rows, queue);
    private final R2dbcCustomerLinks links = new R2dbcCustomerLinks(database.client());
    private final PersonalData personalData = new PersonalDataService(store, Optional.of(Duration.ofDays(365)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    /** A fresh database with the migrations applied; called once per test, before the fields are set. */
    protected R2dbcConversationStoreTest.DatabaseUnderTest database() {
        H2TestDatabase h2 = new H2TestDatabase();
        return new R2dbcConversationStoreTest.DatabaseUnderTest(h2.client, h2.transaction);
    }

    @AfterEach
    void stopWriter() {
        conversations.close();
    }

    @Test
    void givenLookAlikeAddresses_whenOneCustomerIsExportedAndErased_thenOnlyTheWholeAddressMatchesInAnyCase() {
        conversation("ann", "BOT", null, NOW, "my address is ann@example.org, thanks");
        conversation("ann-shouting", "CLOSED", null, NOW, "WRITE TO ANN@EXAMPLE.ORG.");
        conversation("ann-left-it", "QUEUED", "ann@example.org", NOW, "ann@example.org");
        conversation("joann", "BOT", null, NOW, "joann@example.org here");
        conversation("ann-in-poland", "BOT", null, NOW, "mail me: ann@example.org.pl");
        conversation("ann-at-work", "BOT", null, NOW, "ann@example.organic.com or anna@example.org");
        conversation("no-address", "BOT", null, NOW, "ann at example dot org");

        var exported = personalData.export("ann@example.org").collectList().block();

        assertThat(exported).extracting(c -> c.conversation().id())
                .containsExactlyInAnyOrder("ann", "ann-shouting", "ann-left-it");
        assertThat(personalData.export("joann@example.org").collectList().block())
                .extracting(c -> c.conversation().id()).containsExactly("joann");

        assertThat(personalData.erase("Ann@Example.org").block().conversationIds())
                .containsExactlyInAnyOrder("ann", "ann-shouting", "ann-left-it");

        assertThat(ids()).containsExactly("ann-at-work", "ann-in-poland", "joann", "no-address");
    }

    @Test
    void givenAnErasureLookedAtFirst_whenConfirmed_thenExactlyTheSetShownIsDeleted() {
        conversation("ann", "BOT", null, NOW, "ann@example.org");
        conversation("joann", "BOT", null, NOW, "joann@example.org");

        Erasure shown = personalData.erasable("ann@example.org").block();

        assertThat(shown.conversationIds()).containsExactly("ann");
        assertThat(ids()).as("a dry run deletes nothing").containsExactly("ann", "joann");
        conversation("ann-later", "BOT", null, NOW.plusSeconds(60), "ann@example.org again");
        assertThatThrownBy(() -> personalData.erase("ann@example.org", List.of("ann", "joann")).block())
                .isInstanceOf(ErasureSetChangedException.class).hasMessageContaining("joann");
        assertThat(ids()).as("a stranger in the set: nothing is deleted").containsExactly("ann", "ann-later", "joann");

        assertThat(personalData.erase("ann@example.org", shown.conversationIds()).block().conversationIds())
                .containsExactly("ann");

        assertThat(ids()).as("what appeared after the dry run was not confirmed").containsExactly("ann-later", "joann");
        assertThat(count("message_email")).isEqualTo(2);
    }

    @Test
    void givenAddressesThatAreNotOneWholeAddress_whenRequested_thenRefused() {
        for (String notOne : List.of("not an address", "ann@example.org joann@example.org", "@example.org",
                "ann@example.org,", "")) {
            assertThatThrownBy(() -> personalData.erasable(notOne).block()).as(notOne)
                    .isInstanceOf(InvalidEmailException.class);
        }
    }

    @Test
    void givenACustomersConversations_whenExportedAndErased_thenBothAreFoundAndOnlyTheyAreDeletedWithEverythingAttached() {
        conversation("left-address", "QUEUED", "jane@example.com", NOW, "I want a refund: jane@example.com");
        conversation("wrote-address", "CLOSED", null, NOW, "please answer to JANE@Example.com");
        conversation("someone-else", "BOT", "john@example.com", NOW, "where is my parcel, jane");
        database.client().sql("INSERT INTO rating (conversation_id, score, handled_by, created_at) VALUES ('wrote-address', 4, 'BOT', :at)")
                .bind("at", NOW.atOffset(ZoneOffset.UTC)).then().block();

        var exported = personalData.export("Jane@example.com").collectList().block();

        assertThat(exported).extracting(c -> c.conversation().id()).containsExactly("left-address", "wrote-address");
        assertThat(exported.get(1).messages()).extracting(m -> m.text()).containsExactly("please answer to JANE@Example.com");

        assertThat(personalData.erase("jane@example.com").block().count()).isEqualTo(2);

        assertThat(ids()).containsExactly("someone-else");
        assertThat(count("message")).isEqualTo(1);
        assertThat(count("rating")).isZero();
        assertThat(personalData.export("jane@example.com").collectList().block()).isEmpty();
        assertThatThrownBy(() -> personalData.erase("not an address").block()).isInstanceOf(InvalidEmailException.class);
    }

    @Test
    void givenConversationsLinkedToACustomer_whenExportedAndErased_thenTheLinksAndChannelRecordsGoWithThem() {
        conversation("verified-on-telegram", "CLOSED", null, NOW, "where is my order 100234");
        conversation("mailed", "QUEUED", null, NOW, "hello, I need help");
        conversation("unrelated", "BOT", null, NOW, "hi");
        links.link(new CustomerLink("verified-on-telegram", Identity.email("Jane@example.com"),
                LinkSource.ORDER_VERIFICATION, Optional.of("100234"), NOW)).block();
        links.link(new CustomerLink("verified-on-telegram", Identity.telegram(77), LinkSource.TELEGRAM_ACCOUNT,
                Optional.empty(), NOW)).block();
        links.link(new CustomerLink("mailed", Identity.email("jane@example.com"), LinkSource.EMAIL_SENDER,
                Optional.empty(), NOW)).block();
        links.link(new CustomerLink("unrelated", Identity.telegram(78), LinkSource.TELEGRAM_ACCOUNT, Optional.empty(), NOW))
                .block();
        database.client().sql("INSERT INTO telegram_chat (chat_id, conversation_id, user_id, created_at) "
                + "VALUES (77, 'verified-on-telegram', 77, :at)").bind("at", NOW.atOffset(ZoneOffset.UTC)).then().block();
        database.client().sql("INSERT INTO email_thread (conversation_id, shopper_address, subject, "
                + "delivered_seq, created_at) VALUES ('mailed', 'jane@example.com', 'Help', 1, :at)")
                .bind("at", NOW.atOffset(ZoneOffset.UTC)).then().block();
        database.client().sql("INSERT INTO email_message (message_id, conversation_id, direction, created_at) "
                + "VALUES ('<m1@example.com>', 'mailed', 'IN', :at)").bind("at", NOW.atOffset(ZoneOffset.UTC)).then().block();
        database.client().sql("INSERT INTO queue_entry (conversation_id, language, channel, reason, summary, priority, "
                + "queued_at, follow_up) VALUES ('mailed', 'en', 'EMAIL', 'SHOPPER_REQUEST', 'hello', 0, :at, FALSE)")
                .bind("at", NOW.atOffset(ZoneOffset.UTC)).then().block();
        assertThat(queue.entries().map(QueueEntry::conversationId).collectList().block()).containsExactly("mailed");

        var exported = personalData.export("jane@example.com").collectList().block();

        assertThat(exported).extracting(c -> c.conversation().id()).containsExactlyInAnyOrder("verified-on-telegram", "mailed");
        assertThat(exported).filteredOn(c -> c.conversation().id().equals("verified-on-telegram")).singleElement()
                .satisfies(c -> assertThat(c.customerLinks()).extracting(CustomerLink::source)
                        .containsExactly(LinkSource.ORDER_VERIFICATION, LinkSource.TELEGRAM_ACCOUNT));

        assertThat(personalData.erase("jane@example.com").block().count()).isEqualTo(2);

        assertThat(ids()).containsExactly("unrelated");
        assertThat(queue.entries().collectList().block()).isEmpty();
        assertThat(count("customer_link")).isEqualTo(1);
        assertThat(count("telegram_chat")).isZero();
        assertThat(count("email_thread")).isZero();
        assertThat(count("email_message")).isZero();
    }

    @Test
    void givenOldAndRecentConversations_whenRetentionRuns_thenOnlyOldOnesNobodyIsWorkingOnAreDeleted() {
        conversation("old-bot", "BOT", null, NOW.minus(Duration.ofDays(400)), "hello");
        conversation("old-closed", "CLOSED", null, NOW.minus(Duration.ofDays(366)), "thanks");
        conversation("old-but-queued", "QUEUED", null, NOW.minus(Duration.ofDays(400)), "anyone?");
        conversation("recent", "BOT", null, NOW.minus(Duration.ofDays(30)), "hi");

        assertThat(personalData.applyRetention().block()).isEqualTo(2);

        assertThat(ids()).containsExactlyInAnyOrder("old-but-queued", "recent");
    }

    @Test
    void givenAPhotoSentInAConversation_whenExportedErasedOrRetired_thenTheFileTravelsAndGoesWithIt() {
        conversation("photo", "QUEUED", "jane@example.com", NOW, "my parcel came broken: jane@example.com");
        conversation("old-photo", "CLOSED", null, NOW.minus(Duration.ofDays(400)), "here it is");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        attach("photo", "a-1", "broken box.jpg", jpeg);
        attach("old-photo", "a-2", "receipt.pdf", "%PDF-1.4 … %%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(new R2dbcAttachmentStore(database.client()).find("photo", "a-1").block().content()).isEqualTo(jpeg);
        assertThat(new R2dbcAttachmentStore(database.client()).find("old-photo", "a-1").block()).isNull();
        var exported = personalData.export("jane@example.com").collectList().block();
        assertThat(exported).singleElement().satisfies(photo -> {
            assertThat(photo.messages()).extracting(Message::text).containsExactly("my parcel came broken: jane@example.com", "broken box.jpg");
            assertThat(photo.messages().get(1).attachment()).contains(new AttachedFile("a-1", "broken box.jpg", "image/jpeg", 7));
            assertThat(photo.attachments()).singleElement().satisfies(file -> {
                assertThat(file.file().name()).isEqualTo("broken box.jpg");
                assertThat(file.content()).isEqualTo(jpeg);
            });
        });

        assertThat(personalData.erase("jane@example.com").block().count()).isEqualTo(1);
        assertThat(count("attachment")).isEqualTo(1);

        assertThat(personalData.applyRetention().block()).isEqualTo(1);
        assertThat(count("attachment")).isZero();
    }

    /** A file stored for the conversation and the message that carries it, as the chat saves them. */
    private void attach(String conversationId, String attachmentId, String name, byte[] content) {
        Conversation current = conversations.find(conversationId).block();
        AttachedFile file = new AttachedFile(attachmentId, name, name.endsWith(".pdf") ? "application/pdf" : "image/jpeg",
                content.length);
        new R2dbcAttachmentStore(database.client()).save(new Attachment(conversationId, file, content,
                current.updatedAt())).block();
        Message message = Message.shopper(conversationId, current.lastSeq() + 1, name, current.updatedAt(),
                new Message.Understanding("en", Optional.empty(), Optional.empty())).withAttachment(file);
        conversations.record(ConversationTurn.of(current, current.advanced(1, current.updatedAt()), List.of(message)))
                .block();
    }

    /** A conversation whose shopper wrote {@code shopperText}, saved by the store as the chat would save it. */
    private void conversation(String id, String state, String contactEmail, Instant at, String shopperText) {
        Conversation started = Conversation.start(id, "a".repeat(64), Channel.WEB, Language.EN, at).advanced(1, at);
        conversations.open(started, List.of(Message.shopper(id, 1, shopperText, at,
                new Message.Understanding("en", Optional.empty(), Optional.empty())))).block();
        var update = database.client().sql("UPDATE conversation SET state = :state, contact_email = :email WHERE id = :id")
                .bind("id", id).bind("state", state);
        (contactEmail == null ? update.bindNull("email", String.class) : update.bind("email", contactEmail)).then().block();
    }

    private java.util.List<String> ids() {
        return database.client().sql("SELECT id FROM conversation ORDER BY id").map(row -> row.get("id", String.class))
                .all().collectList().block();
    }

    private long count(String table) {
        return database.client().sql("SELECT COUNT(*) AS n FROM " + table).map(row -> ((Number) row.get("n")).longValue())
                .one().block();
    }
}
