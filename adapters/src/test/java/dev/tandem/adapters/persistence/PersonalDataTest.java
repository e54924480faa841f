package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.bot.customer.CustomerLink;
import dev.tandem.bot.customer.Identity;
import dev.tandem.bot.customer.LinkSource;
import dev.tandem.bot.handoff.QueueEntry;
import dev.tandem.bot.privacy.InvalidEmailException;
import dev.tandem.bot.privacy.PersonalData;
import dev.tandem.bot.privacy.PersonalDataService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Data requests and retention on real SQL: everything about a customer found, exported, erased; nothing else. */
class PersonalDataTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final H2TestDatabase database = new H2TestDatabase();
    private final R2dbcAgentQueueStore queue = new R2dbcAgentQueueStore(database.client, List::of);
    private final R2dbcPersonalDataStore store = new R2dbcPersonalDataStore(database.client, database.transaction,
            new Rows(new QuickRepliesColumn(new JsonMapper())), queue);
    private final R2dbcCustomerLinks links = new R2dbcCustomerLinks(database.client);
    private final PersonalData personalData = new PersonalDataService(store, Optional.of(Duration.ofDays(365)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void givenACustomersConversations_whenExportedAndErased_thenBothAreFoundAndOnlyTheyAreDeletedWithEverythingAttached() {
        conversation("left-address", "BOT", "jane@example.com", NOW, "I want a refund");
        conversation("wrote-address", "CLOSED", null, NOW, "please answer to JANE@Example.com");
        conversation("someone-else", "BOT", "john@example.com", NOW, "where is my parcel, jane");
        database.client.sql("INSERT INTO rating (conversation_id, score, handled_by, created_at) VALUES ('wrote-address', 4, 'BOT', :at)")
                .bind("at", NOW.atOffset(ZoneOffset.UTC)).then().block();

        var exported = personalData.export("Jane@example.com").collectList().block();

        assertThat(exported).extracting(c -> c.conversation().id()).containsExactly("left-address", "wrote-address");
        assertThat(exported.get(1).messages()).extracting(m -> m.text()).containsExactly("please answer to JANE@Example.com");

        assertThat(personalData.erase("jane@example.com").block()).isEqualTo(2);

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
        database.client.sql("INSERT INTO telegram_chat (chat_id, conversation_id, user_id, created_at) "
                + "VALUES (77, 'verified-on-telegram', 77, :at)").bind("at", NOW.atOffset(ZoneOffset.UTC)).then().block();
        database.client.sql("INSERT INTO email_thread (conversation_id, shopper_address, subject, "
                + "delivered_seq, created_at) VALUES ('mailed', 'jane@example.com', 'Help', 1, :at)")
                .bind("at", NOW.atOffset(ZoneOffset.UTC)).then().block();
        database.client.sql("INSERT INTO email_message (message_id, conversation_id, direction, created_at) "
                + "VALUES ('<m1@example.com>', 'mailed', 'IN', :at)").bind("at", NOW.atOffset(ZoneOffset.UTC)).then().block();
        database.client.sql("INSERT INTO queue_entry (conversation_id, language, channel, reason, summary, priority, "
                + "queued_at, follow_up) VALUES ('mailed', 'en', 'EMAIL', 'SHOPPER_REQUEST', 'hello', 0, :at, FALSE)")
                .bind("at", NOW.atOffset(ZoneOffset.UTC)).then().block();
        assertThat(queue.entries().map(QueueEntry::conversationId).collectList().block()).containsExactly("mailed");

        var exported = personalData.export("jane@example.com").collectList().block();

        assertThat(exported).extracting(c -> c.conversation().id()).containsExactlyInAnyOrder("verified-on-telegram", "mailed");
        assertThat(exported).filteredOn(c -> c.conversation().id().equals("verified-on-telegram")).singleElement()
                .satisfies(c -> assertThat(c.customerLinks()).extracting(CustomerLink::source)
                        .containsExactly(LinkSource.ORDER_VERIFICATION, LinkSource.TELEGRAM_ACCOUNT));

        assertThat(personalData.erase("jane@example.com").block()).isEqualTo(2);

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

    private void conversation(String id, String state, String contactEmail, Instant at, String shopperText) {
        var insert = database.client.sql("INSERT INTO conversation (id, token_hash, channel, language, state, "
                        + "low_confidence_streak, last_seq, version, created_at, updated_at, contact_email) "
                        + "VALUES (:id, :hash, 'WEB', 'en', :state, 0, 1, 1, :at, :at, :email)")
                .bind("id", id).bind("hash", "a".repeat(64)).bind("state", state).bind("at", at.atOffset(ZoneOffset.UTC));
        (contactEmail == null ? insert.bindNull("email", String.class) : insert.bind("email", contactEmail)).then().block();
        database.client.sql("INSERT INTO message (conversation_id, seq, author, text, created_at) "
                        + "VALUES (:id, 1, 'SHOPPER', :text, :at)")
                .bind("id", id).bind("text", shopperText).bind("at", at.atOffset(ZoneOffset.UTC)).then().block();
    }

    private java.util.List<String> ids() {
        return database.client.sql("SELECT id FROM conversation ORDER BY id").map(row -> row.get("id", String.class))
                .all().collectList().block();
    }

    private long count(String table) {
        return database.client.sql("SELECT COUNT(*) AS n FROM " + table).map(row -> ((Number) row.get("n")).longValue())
                .one().block();
    }
}
