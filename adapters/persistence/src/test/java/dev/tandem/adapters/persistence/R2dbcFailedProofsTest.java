package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.persistence.R2dbcConversationStoreTest.DatabaseUnderTest;
import dev.tandem.bot.dialogue.OrderAnswers;
import dev.tandem.bot.orders.ProofKey;
import dev.tandem.bot.orders.ProofLimits;
import dev.tandem.bot.orders.port.FailedProofs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shop-wide count of failed order proofs on real SQL: H2 here, PostgreSQL in
 * {@code scaleout.PostgresFailedProofsTest}. Two instances stand for two nodes sharing one database.
 */
public class R2dbcFailedProofsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final DatabaseUnderTest database = database();
    private final FailedProofs node1 = new R2dbcFailedProofs(database.client());
    private final FailedProofs node2 = new R2dbcFailedProofs(database.client());

    protected DatabaseUnderTest database() {
        H2TestDatabase h2 = new H2TestDatabase();
        return new DatabaseUnderTest(h2.client, h2.transaction);
    }

    private static List<ProofKey> attempt(String order, String email) {
        return ProofKey.of(order, new OrderAnswers(Optional.of(order), Optional.of(email), Optional.empty()));
    }

    @Test
    void givenFailuresOnTwoNodes_whenCounted_thenEveryKeyCountsThemAllAndTheLimitsMakeTheGuesserWait() {
        node1.failed(attempt("100701", "Demo@Example.com"), T0, T0.minus(Duration.ofDays(1))).block();
        node2.failed(attempt("100702", "demo@example.com"), T0.plusSeconds(10), T0.minus(Duration.ofDays(1))).block();
        node1.failed(attempt("100703", "demo@example.com"), T0.plusSeconds(20), T0.minus(Duration.ofDays(1))).block();

        List<FailedProofs.Count> counts = node2.since(attempt("100234", "demo@example.com"), T0.minusSeconds(1))
                .collectList().block();

        assertThat(counts).singleElement().satisfies(count -> {
            assertThat(count.key()).isEqualTo(new ProofKey(ProofKey.Kind.EMAIL, "demo@example.com"));
            assertThat(count.failures()).isEqualTo(3);
            assertThat(count.latest()).isEqualTo(T0.plusSeconds(20));
        });
        assertThat(ProofLimits.defaults().verdict(counts, T0.plusSeconds(30)))
                .isEqualTo(new ProofLimits.Verdict.Wait(Duration.ofSeconds(50)));
        assertThat(node1.since(attempt("100701", "other@example.com"), T0.plusSeconds(5)).collectList().block())
                .as("only failures after 'since' count").isEmpty();
    }

    @Test
    void givenFailures_whenStored_thenNoAddressOrNumberIsInClear_andOldOnesAreForgotten() {
        node1.failed(attempt("100701", "ann@example.org"), T0, T0.minus(Duration.ofDays(1))).block();
        List<String> stored = database.client().sql("SELECT proof_key FROM order_proof_failure")
                .map(row -> row.get("proof_key", String.class)).all().collectList().block();
        assertThat(stored).hasSize(2).allSatisfy(key -> assertThat(key.strip()).matches("[0-9a-f]{64}")
                .doesNotContain("ann").doesNotContain("100701"));

        Instant dayLater = T0.plus(Duration.ofDays(1)).plusSeconds(1);
        node2.failed(attempt("100999", "bob@example.org"), dayLater, dayLater.minus(Duration.ofDays(1))).block();

        assertThat(database.client().sql("SELECT COUNT(*) AS n FROM order_proof_failure")
                .map(row -> ((Number) row.get("n")).longValue()).one().block()).isEqualTo(2);
    }
}
