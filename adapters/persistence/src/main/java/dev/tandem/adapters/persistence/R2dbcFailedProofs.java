package dev.tandem.adapters.persistence;

import dev.tandem.bot.orders.ProofKey;
import dev.tandem.bot.orders.port.FailedProofs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * bot-core's shop-wide count of failed order proofs in table {@code order_proof_failure} (Flyway V12): one row
 * per key of a failed attempt, the key as a SHA-256 hash; every node counts the same rows.
 */
@Component
public class R2dbcFailedProofs implements FailedProofs {

    private static final MultiRowInsert FAILURES = new MultiRowInsert("order_proof_failure",
            List.of("proof_key", "failed_at"), List.of("key", "at"));

    private final DatabaseClient db;

    public R2dbcFailedProofs(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<Count> since(Collection<ProofKey> keys, Instant since) {
        if (keys.isEmpty()) {
            return Flux.empty();
        }
        Map<String, ProofKey> byHash = new LinkedHashMap<>();
        keys.forEach(key -> byHash.put(hash(key), key));
        return db.sql("""
                        SELECT proof_key, COUNT(*) AS failures, MAX(failed_at) AS latest FROM order_proof_failure
                        WHERE proof_key IN (:keys) AND failed_at > :since GROUP BY proof_key""")
                .bind("keys", List.copyOf(byHash.keySet()))
                .bind("since", Columns.timestamp(since))
                .map(row -> new Count(byHash.get(row.get("proof_key", String.class).strip()),
                        Columns.number(row, "failures").intValue(), Columns.instant(row, "latest")))
                .all();
    }

    @Override
    public Mono<Void> failed(Collection<ProofKey> keys, Instant at, Instant forgetBefore) {
        if (keys.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("DELETE FROM order_proof_failure WHERE failed_at < :before")
                .bind("before", Columns.timestamp(forgetBefore))
                .then()
                .then(FAILURES.insert(db, List.copyOf(keys), key -> List.of(hash(key), Columns.timestamp(at))));
    }

    /** The key as stored: no order number, address or phone in clear. */
    static String hash(ProofKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((key.kind().name() + ":" + key.value()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform provides SHA-256", impossible);
        }
    }
}
