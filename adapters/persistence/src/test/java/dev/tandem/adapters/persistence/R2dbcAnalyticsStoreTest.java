package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.analytics.AnalyticsSummary;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class R2dbcAnalyticsStoreTest {

    private static final Instant DAY = Instant.parse("2026-11-25T00:00:00Z");

    private final H2TestDatabase database = new H2TestDatabase();
    private final R2dbcAnalyticsStore analytics = new R2dbcAnalyticsStore(database.client);

    @Test
    void givenABotChatAndTwoHandedOffChats_whenSummarised_thenEveryFigureIsCountedFromTheStoredFacts() {
        conversation("c1", "10:05");
        event("c1", "HELPFUL_VOTE", null, 1L, null, "10:06");
        rating("c1", 5, "BOT", null);

        conversation("c2", "14:10");
        event("c2", "HANDED_OFF", "SHOPPER_REQUEST", null, null, "14:10");
        event("c2", "CLAIMED", null, 60L, null, "14:11");
        event("c2", "RESOLVED", null, 300L, null, "14:16");
        rating("c2", 3, "AGENT", "anna");

        conversation("c3", "14:30");
        event("c3", "UNANSWERED", null, null, "en:purple elephants", "14:30");
        event("c3", "HELPFUL_VOTE", null, 0L, null, "14:31");
        event("c3", "UNANSWERED", null, null, "en:purple elephants", "14:32");
        event("c3", "HANDED_OFF", "LOW_CONFIDENCE", null, null, "14:32");
        event("c3", "CLAIMED", null, 120L, null, "14:40");

        AnalyticsSummary summary = analytics.summarise(DAY, 10).block();

        assertThat(summary.conversations()).isEqualTo(3);
        assertThat(summary.handedOff()).isEqualTo(2);
        assertThat(summary.containmentRate()).isEqualTo(1.0 / 3);
        assertThat(summary.handoffsByReason()).isEqualTo(Map.of("SHOPPER_REQUEST", 1L, "LOW_CONFIDENCE", 1L));
        assertThat(summary.csatBot()).isEqualTo(new AnalyticsSummary.Csat(1, Optional.of(5.0)));
        assertThat(summary.csatAgent()).isEqualTo(new AnalyticsSummary.Csat(1, Optional.of(3.0)));
        assertThat(summary.averageWaitSeconds()).contains(90.0);
        assertThat(summary.averageHandleSeconds()).contains(300.0);
        assertThat(summary.busiestHours()).containsExactly(new AnalyticsSummary.HourCount(14, 2),
                new AnalyticsSummary.HourCount(10, 1));
        assertThat(summary.unanswered()).containsExactly(new AnalyticsSummary.Question("en", "purple elephants", 2));
        assertThat(summary.helpfulVotes()).isEqualTo(new AnalyticsSummary.Votes(1, 1));
        assertThat(summary.byDay()).containsExactly(new AnalyticsSummary.DayCount(java.time.LocalDate.parse("2026-11-25"), 3, 2));
        assertThat(summary.weekdayHours()).containsExactly(new AnalyticsSummary.WeekdayHour(3, 10, 1),
                new AnalyticsSummary.WeekdayHour(3, 14, 2));
        assertThat(summary.byLanguage()).containsExactly(new AnalyticsSummary.Split("en", 3, 2));
        assertThat(summary.byChannel()).containsExactly(new AnalyticsSummary.Split("web", 3, 2));
    }

    /** Recorded before masking existed, or by another version: editors still never see a customer's details. */
    @Test
    void givenUnansweredQuestionsWithContactDetailsAndCards_whenSummarised_thenEditorsSeeThemMasked() {
        conversation("c1", "10:05");
        event("c1", "UNANSWERED", null, null,
                "pl:napiszcie na jan.kowalski@example.com albo +48 601 234 567, karta 4111.1111.1111.1111", "10:05");

        AnalyticsSummary summary = analytics.summarise(DAY, 10).block();

        assertThat(summary.unanswered()).containsExactly(new AnalyticsSummary.Question("pl",
                "napiszcie na j***@example.com albo +** *** *** *67, karta [card •••• 1111]", 1));
    }

    @Test
    void givenNothingInTheWindow_whenSummarised_thenZerosAndNoAveragesInsteadOfErrors() {
        conversation("old", "09:00");

        AnalyticsSummary summary = analytics.summarise(DAY.plusSeconds(86_400), 10).block();

        assertThat(summary.conversations()).isZero();
        assertThat(summary.containmentRate()).isZero();
        assertThat(summary.averageWaitSeconds()).isEmpty();
        assertThat(summary.csatBot().average()).isEmpty();
        assertThat(summary.busiestHours()).isEmpty();
    }

    private void conversation(String id, String time) {
        database.conversation(id, at(time));
    }

    private void event(String id, String kind, String reason, Long amount, String detail, String time) {
        var spec = database.client.sql("INSERT INTO conversation_event (conversation_id, kind, state, reason, amount, detail, "
                        + "created_at) VALUES (:id, :kind, 'QUEUED', :reason, :amount, :detail, :at)")
                .bind("id", id).bind("kind", kind).bind("at", at(time));
        spec = reason == null ? spec.bindNull("reason", String.class) : spec.bind("reason", reason);
        spec = amount == null ? spec.bindNull("amount", Long.class) : spec.bind("amount", amount);
        spec = detail == null ? spec.bindNull("detail", String.class) : spec.bind("detail", detail);
        spec.then().block();
    }

    private void rating(String id, int score, String handledBy, String agent) {
        var spec = database.client.sql("INSERT INTO rating (conversation_id, score, handled_by, agent, created_at) "
                        + "VALUES (:id, :score, :by, :agent, :at)")
                .bind("id", id).bind("score", score).bind("by", handledBy).bind("at", at("18:00"));
        (agent == null ? spec.bindNull("agent", String.class) : spec.bind("agent", agent)).then().block();
    }

    private static java.time.OffsetDateTime at(String time) {
        return Instant.parse("2026-11-25T" + time + ":00Z").atOffset(ZoneOffset.UTC);
    }
}
