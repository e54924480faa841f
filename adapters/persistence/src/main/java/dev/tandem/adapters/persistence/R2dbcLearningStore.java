package dev.tandem.adapters.persistence;

import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.learning.ItemState;
import dev.tandem.bot.learning.port.LearningStore;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Learning items read from the event log and the transcript, decisions appended to {@code learning_decision}. */
@Component
public class R2dbcLearningStore implements LearningStore {

    /** The latest decision on the event {@code e}, joined as {@code d}. */
    private static final String LATEST_DECISION = "LEFT JOIN learning_decision d ON d.event_id = e.id "
            + "AND d.id = (SELECT MAX(x.id) FROM learning_decision x WHERE x.event_id = e.id) ";
    /** A resolved chat's transcript: enough lines to find the question and the answer, not a whole day's chat. */
    private static final int LINES_READ = 60;

    private final DatabaseClient db;
    private final TransactionalOperator transactions;

    public R2dbcLearningStore(DatabaseClient db, TransactionalOperator transactions) {
        this.db = db;
        this.transactions = transactions;
    }

    @Override
    public Flux<Unanswered> unanswered(Instant since, int limit) {
        return db.sql("SELECT e.id, e.conversation_id, e.created_at, e.detail, e.faq_id, "
                        + "(SELECT MAX(m.intent) FROM message m WHERE m.conversation_id = e.conversation_id "
                        + "AND m.author = 'SHOPPER' AND m.created_at = e.created_at) AS intent, "
                        + "(SELECT MAX(m.confidence) FROM message m WHERE m.conversation_id = e.conversation_id "
                        + "AND m.author = 'SHOPPER' AND m.created_at = e.created_at) AS confidence, "
                        + "(SELECT COUNT(*) FROM conversation_event h WHERE h.conversation_id = e.conversation_id "
                        + "AND h.kind = 'HANDED_OFF' AND h.created_at = e.created_at) AS handed_off, "
                        + "d.state, d.action, d.editor, d.decided_at "
                        + "FROM conversation_event e " + LATEST_DECISION
                        + "WHERE e.kind = 'UNANSWERED' AND e.created_at >= :since ORDER BY e.created_at DESC, e.id DESC "
                        + "LIMIT :limit")
                .bind("since", Columns.timestamp(since))
                .bind("limit", limit)
                .map(row -> new Unanswered(Columns.number(row, "id").longValue(),
                        row.get("conversation_id", String.class), Columns.instant(row, "created_at"),
                        row.get("detail", String.class),
                        Optional.ofNullable(row.get("faq_id", String.class)).filter(id -> !id.isBlank()),
                        Optional.ofNullable(row.get("intent", String.class)), Columns.optionalDouble(row, "confidence"),
                        Columns.number(row, "handed_off").longValue() > 0, state(row)))
                .all();
    }

    @Override
    public Flux<ResolvedChat> resolvedChats(Instant since, int limit) {
        return db.sql("SELECT e.id, e.conversation_id, e.created_at, e.agent, c.language, "
                        + "d.state, d.action, d.editor, d.decided_at "
                        + "FROM conversation_event e JOIN conversation c ON c.id = e.conversation_id " + LATEST_DECISION
                        + "WHERE e.kind = 'RESOLVED' AND e.created_at >= :since ORDER BY e.created_at DESC, e.id DESC "
                        + "LIMIT :limit")
                .bind("since", Columns.timestamp(since))
                .bind("limit", limit)
                .map(row -> new ResolvedChat(Columns.number(row, "id").longValue(),
                        row.get("conversation_id", String.class), Columns.instant(row, "created_at"),
                        Optional.ofNullable(row.get("agent", String.class)).orElse(""),
                        row.get("language", String.class).toLowerCase(java.util.Locale.ROOT), List.of(), state(row)))
                .all()
                .concatMap(chat -> lines(chat.conversationId(), chat.at()).map(lines -> new ResolvedChat(chat.id(),
                        chat.conversationId(), chat.at(), chat.agent(), chat.language(), lines, chat.state())));
    }

    /** The last lines up to the resolve, oldest first. */
    private Mono<List<Line>> lines(String conversationId, Instant resolvedAt) {
        return db.sql("SELECT author, text, intent FROM message WHERE conversation_id = :c AND created_at <= :at "
                        + "ORDER BY seq DESC LIMIT :limit")
                .bind("c", conversationId)
                .bind("at", Columns.timestamp(resolvedAt))
                .bind("limit", LINES_READ)
                .map(row -> new Line(Author.valueOf(row.get("author", String.class)), row.get("text", String.class),
                        Optional.ofNullable(row.get("intent", String.class))))
                .all()
                .collectList()
                .map(newestFirst -> {
                    List<Line> lines = new ArrayList<>(newestFirst);
                    java.util.Collections.reverse(lines);
                    return lines;
                });
    }

    @Override
    public Mono<Long> countItems(Collection<Long> ids) {
        return db.sql("SELECT COUNT(*) AS n FROM conversation_event WHERE id IN (:ids) AND kind IN ('UNANSWERED', 'RESOLVED')")
                .bind("ids", List.copyOf(ids))
                .map(row -> Columns.number(row, "n").longValue())
                .one();
    }

    @Override
    public Mono<Void> decide(Collection<Long> ids, ItemState state) {
        String action = state instanceof ItemState.Closed closed ? closed.action().code() : null;
        Optional<String> editor = state instanceof ItemState.Closed closed ? Optional.of(closed.editor())
                : state instanceof ItemState.Dismissed dismissed ? Optional.of(dismissed.editor()) : Optional.empty();
        Instant at = state instanceof ItemState.Closed closed ? closed.at()
                : state instanceof ItemState.Dismissed dismissed ? dismissed.at() : Instant.now();
        return Flux.fromIterable(ids)
                .concatMap(id -> db.sql("INSERT INTO learning_decision (event_id, state, action, editor, decided_at) "
                                + "VALUES (:id, :state, :action, :editor, :at)")
                        .bind("id", id)
                        .bind("state", state.code())
                        .bind("action", Parameter.fromOrEmpty(action, String.class))
                        .bind("editor", Parameter.fromOrEmpty(editor.orElse(null), String.class))
                        .bind("at", Columns.timestamp(at))
                        .fetch().rowsUpdated())
                .as(transactions::transactional)
                .then();
    }

    @Override
    public Mono<List<DayCounts>> dailyCounts(Instant since) {
        String day = Columns.day("created_at");
        Mono<Map<String, Long>> questions = KeyCounts.since(db, "SELECT " + day + " AS k, COUNT(*) AS n FROM message "
                + "WHERE author = 'SHOPPER' AND intent IS NOT NULL AND created_at >= :since GROUP BY " + day, since);
        Mono<Map<String, Long>> unanswered = KeyCounts.since(db, "SELECT " + day + " AS k, COUNT(*) AS n "
                + "FROM conversation_event WHERE kind = 'UNANSWERED' AND created_at >= :since GROUP BY " + day, since);
        Mono<Map<String, Long>> closed = decisionsPerDay("closed", since);
        Mono<Map<String, Long>> dismissed = decisionsPerDay("dismissed", since);
        return Mono.zip(questions, unanswered, closed, dismissed).map(counts -> {
            TreeMap<String, long[]> days = new TreeMap<>();
            List<Map<String, Long>> parts = List.of(counts.getT1(), counts.getT2(), counts.getT3(), counts.getT4());
            for (int part = 0; part < parts.size(); part++) {
                for (Map.Entry<String, Long> entry : parts.get(part).entrySet()) {
                    days.computeIfAbsent(entry.getKey(), key -> new long[4])[part] = entry.getValue();
                }
            }
            return days.entrySet().stream().map(entry -> new DayCounts(LocalDate.parse(entry.getKey()),
                    entry.getValue()[0], entry.getValue()[1], entry.getValue()[2], entry.getValue()[3])).toList();
        });
    }

    /** Items whose latest decision is this state, counted on the day it was made. */
    private Mono<Map<String, Long>> decisionsPerDay(String state, Instant since) {
        String day = Columns.day("d.decided_at");
        return KeyCounts.since(db, "SELECT " + day + " AS k, COUNT(DISTINCT d.event_id) AS n FROM learning_decision d "
                + "WHERE d.state = '" + state + "' AND d.decided_at >= :since AND d.id = "
                + "(SELECT MAX(x.id) FROM learning_decision x WHERE x.event_id = d.event_id) GROUP BY " + day, since);
    }

    private static ItemState state(Readable row) {
        String state = row.get("state", String.class);
        if (state == null || state.equals("open")) {
            return new ItemState.Open();
        }
        String editor = Optional.ofNullable(row.get("editor", String.class)).orElse("");
        Instant at = Columns.instant(row, "decided_at");
        if (state.equals("dismissed")) {
            return new ItemState.Dismissed(editor, at);
        }
        return new ItemState.Closed(ItemState.ClosingAction.fromCode(row.get("action", String.class))
                .orElse(ItemState.ClosingAction.NEW_FAQ), editor, at);
    }
}
