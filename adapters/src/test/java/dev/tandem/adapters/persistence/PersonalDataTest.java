package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.bot.privacy.InvalidEmailException;
import dev.tandem.bot.privacy.PersonalData;
import dev.tandem.bot.privacy.PersonalDataService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Data requests and retention on real SQL: everything about a customer found, exported, erased; nothing else. */
class PersonalDataTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final H2TestDatabase database = new H2TestDatabase();
    private final R2dbcPersonalDataStore store = new R2dbcPersonalDataStore(database.client, database.transaction,
            new Rows(new QuickRepliesColumn(new JsonMapper())));
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
