package dev.tandem.adapters.persistence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Counts per key since an instant (per reason, language, day…), as the analytics and learning stores read them. */
final class KeyCounts {

    private KeyCounts() {
    }

    /**
     * Runs {@code sql}, which selects a key {@code k} and a count {@code n} from rows at or after {@code :since}:
     * each key, without surrounding blanks, to its count, in the order of the rows.
     */
    static Mono<Map<String, Long>> since(DatabaseClient db, String sql, Instant since) {
        return db.sql(sql).bind("since", Columns.timestamp(since))
                .map(row -> Map.entry(String.valueOf(row.get("k")).strip(), Columns.number(row, "n").longValue()))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new);
    }
}
