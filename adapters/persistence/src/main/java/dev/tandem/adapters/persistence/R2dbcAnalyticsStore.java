package dev.tandem.adapters.persistence;

import dev.tandem.bot.analytics.AnalyticsSummary;
import dev.tandem.bot.analytics.port.AnalyticsStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The analytics counts as SQL aggregates over messages, the event log and ratings (H2 and PostgreSQL alike). */
@Component
public class R2dbcAnalyticsStore implements AnalyticsStore {

    private static final String DAY = Columns.day("created_at");

    private final DatabaseClient db;

    public R2dbcAnalyticsStore(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<AnalyticsSummary> summarise(Instant since, int unansweredLimit) {
        Mono<Long> conversations = count("SELECT COUNT(DISTINCT conversation_id) AS n FROM message "
                + "WHERE author = 'SHOPPER' AND created_at >= :since", since);
        Mono<Long> handedOff = count("SELECT COUNT(DISTINCT conversation_id) AS n FROM conversation_event "
                + "WHERE kind = 'HANDED_OFF' AND created_at >= :since", since);
        Mono<Map<String, Long>> byReason = counts("SELECT reason AS k, COUNT(*) AS n FROM conversation_event "
                + "WHERE kind = 'HANDED_OFF' AND created_at >= :since GROUP BY reason ORDER BY n DESC, reason", since);
        Mono<Map<String, AnalyticsSummary.Csat>> csat = bound("SELECT handled_by, COUNT(*) AS n, "
                        + "AVG(CAST(score AS DOUBLE PRECISION)) AS a FROM rating WHERE created_at >= :since "
                        + "GROUP BY handled_by", since)
                .map(row -> Map.entry(row.get("handled_by", String.class), new AnalyticsSummary.Csat(
                        Columns.number(row, "n").longValue(), Columns.optionalDouble(row, "a"))))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
        Mono<Optional<Double>> averageWait = average("CLAIMED", since);
        Mono<Optional<Double>> averageHandle = average("RESOLVED", since);
        Mono<List<AnalyticsSummary.HourCount>> hours = bound("SELECT EXTRACT(HOUR FROM created_at) AS h, COUNT(*) AS n "
                        + "FROM message WHERE author = 'SHOPPER' AND created_at >= :since "
                        + "GROUP BY EXTRACT(HOUR FROM created_at) ORDER BY n DESC, h", since)
                .map(row -> new AnalyticsSummary.HourCount(Columns.number(row, "h").intValue(),
                        Columns.number(row, "n").longValue()))
                .all().collectList();
        Mono<List<AnalyticsSummary.Question>> unanswered = bound("SELECT detail, COUNT(*) AS n FROM conversation_event "
                        + "WHERE kind = 'UNANSWERED' AND created_at >= :since "
                        + "GROUP BY detail ORDER BY n DESC, detail LIMIT :limit", since)
                .bind("limit", unansweredLimit)
                .map(row -> question(row.get("detail", String.class), Columns.number(row, "n").longValue()))
                .all().collectList();
        Mono<Map<String, Long>> votes = counts("SELECT CAST(amount AS VARCHAR(4)) AS k, COUNT(*) AS n FROM conversation_event "
                + "WHERE kind = 'HELPFUL_VOTE' AND created_at >= :since GROUP BY amount", since);
        Mono<List<AnalyticsSummary.DayCount>> byDay = Mono.zip(
                        counts("SELECT " + DAY + " AS k, COUNT(DISTINCT conversation_id) AS n FROM message "
                                + "WHERE author = 'SHOPPER' AND created_at >= :since GROUP BY " + DAY, since),
                        counts("SELECT " + DAY + " AS k, COUNT(DISTINCT conversation_id) AS n FROM conversation_event "
                                + "WHERE kind = 'HANDED_OFF' AND created_at >= :since GROUP BY " + DAY, since))
                .map(days -> days.getT1().keySet().stream().sorted()
                        .map(day -> new AnalyticsSummary.DayCount(java.time.LocalDate.parse(day), days.getT1().get(day),
                                days.getT2().getOrDefault(day, 0L)))
                        .toList());
        Mono<List<AnalyticsSummary.WeekdayHour>> weekdayHours = bound("SELECT EXTRACT(ISODOW FROM created_at) AS d, "
                        + "EXTRACT(HOUR FROM created_at) AS h, COUNT(*) AS n FROM message WHERE author = 'SHOPPER' "
                        + "AND created_at >= :since "
                        + "GROUP BY EXTRACT(ISODOW FROM created_at), EXTRACT(HOUR FROM created_at)", since)
                .map(row -> new AnalyticsSummary.WeekdayHour(Columns.number(row, "d").intValue(),
                        Columns.number(row, "h").intValue(), Columns.number(row, "n").longValue()))
                .all()
                .sort(java.util.Comparator.comparingInt(AnalyticsSummary.WeekdayHour::weekday)
                        .thenComparingInt(AnalyticsSummary.WeekdayHour::hour))
                .collectList();
        return Mono.zip(List.of(conversations, handedOff, byReason, csat, averageWait, averageHandle, hours, unanswered, votes,
                        byDay, weekdayHours, split("language", since), split("channel", since)),
                parts -> summary(since, parts));
    }

    @SuppressWarnings("unchecked")
    private static AnalyticsSummary summary(Instant since, Object[] parts) {
        Map<String, AnalyticsSummary.Csat> csat = (Map<String, AnalyticsSummary.Csat>) parts[3];
        AnalyticsSummary.Csat none = new AnalyticsSummary.Csat(0, Optional.empty());
        Map<String, Long> votes = (Map<String, Long>) parts[8];
        return new AnalyticsSummary(since, (Long) parts[0], (Long) parts[1], (Map<String, Long>) parts[2],
                csat.getOrDefault("BOT", none), csat.getOrDefault("AGENT", none),
                (Optional<Double>) parts[4], (Optional<Double>) parts[5],
                (List<AnalyticsSummary.HourCount>) parts[6], (List<AnalyticsSummary.Question>) parts[7],
                new AnalyticsSummary.Votes(votes.getOrDefault("1", 0L), votes.getOrDefault("0", 0L)),
                (List<AnalyticsSummary.DayCount>) parts[9], (List<AnalyticsSummary.WeekdayHour>) parts[10],
                (List<AnalyticsSummary.Split>) parts[11], (List<AnalyticsSummary.Split>) parts[12]);
    }

    /** Conversations in which the shopper wrote, and those handed off, per value of a conversation column. */
    private Mono<List<AnalyticsSummary.Split>> split(String column, Instant since) {
        return Mono.zip(
                        counts("SELECT c." + column + " AS k, COUNT(DISTINCT c.id) AS n FROM conversation c JOIN message m "
                                + "ON m.conversation_id = c.id WHERE m.author = 'SHOPPER' AND m.created_at >= :since "
                                + "GROUP BY c." + column, since),
                        counts("SELECT c." + column + " AS k, COUNT(DISTINCT c.id) AS n FROM conversation c JOIN conversation_event e "
                                + "ON e.conversation_id = c.id WHERE e.kind = 'HANDED_OFF' AND e.created_at >= :since "
                                + "GROUP BY c." + column, since))
                .map(counts -> counts.getT1().entrySet().stream()
                        .map(entry -> new AnalyticsSummary.Split(entry.getKey().toLowerCase(java.util.Locale.ROOT),
                                entry.getValue(), counts.getT2().getOrDefault(entry.getKey(), 0L)))
                        .sorted(java.util.Comparator.comparingLong(AnalyticsSummary.Split::conversations).reversed()
                                .thenComparing(AnalyticsSummary.Split::key))
                        .toList());
    }

    /** Unanswered questions are logged as {@code lang:text}. */
    private static AnalyticsSummary.Question question(String detail, long count) {
        int colon = detail.indexOf(':');
        return colon < 0 ? new AnalyticsSummary.Question("", detail, count)
                : new AnalyticsSummary.Question(detail.substring(0, colon), detail.substring(colon + 1), count);
    }

    /** {@code sql} with {@code :since} bound. */
    private DatabaseClient.GenericExecuteSpec bound(String sql, Instant since) {
        return db.sql(sql).bind("since", Columns.timestamp(since));
    }

    private Mono<Long> count(String sql, Instant since) {
        return bound(sql, since).map(row -> Columns.number(row, "n").longValue()).one().defaultIfEmpty(0L);
    }

    private Mono<Map<String, Long>> counts(String sql, Instant since) {
        return KeyCounts.since(db, sql, since);
    }

    private Mono<Optional<Double>> average(String kind, Instant since) {
        return bound("SELECT AVG(CAST(amount AS DOUBLE PRECISION)) AS a FROM conversation_event "
                        + "WHERE kind = :kind AND created_at >= :since", since)
                .bind("kind", kind)
                .map(row -> Columns.optionalDouble(row, "a"))
                .one()
                .defaultIfEmpty(Optional.empty());
    }
}
