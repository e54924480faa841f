package dev.tandem.bot.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.orders.ProofLimits.Verdict;
import dev.tandem.bot.orders.port.FailedProofs.Count;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How long a guesser waits, by the failures counted for the order number and the contacts they try. */
class ProofLimitsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final ProofKey ORDER = new ProofKey(ProofKey.Kind.ORDER, "100234");
    private static final ProofKey EMAIL = new ProofKey(ProofKey.Kind.EMAIL, "demo@example.com");
    private final ProofLimits limits = ProofLimits.defaults();

    @Test
    void givenFewFailures_thenTheProofIsChecked() {
        assertThat(limits.verdict(List.of(), NOW)).isEqualTo(new Verdict.Check());
        assertThat(limits.verdict(List.of(new Count(ORDER, 2, NOW)), NOW)).isEqualTo(new Verdict.Check());
    }

    @Test
    void givenFailuresPastTheFreeTries_thenTheWaitDoublesUpToAnHour_andTheStrictestKeyDecides() {
        assertThat(limits.verdict(List.of(new Count(ORDER, 3, NOW)), NOW)).isEqualTo(new Verdict.Wait(Duration.ofMinutes(1)));
        assertThat(limits.verdict(List.of(new Count(ORDER, 3, NOW.minusSeconds(60))), NOW)).isEqualTo(new Verdict.Check());
        assertThat(limits.verdict(List.of(new Count(ORDER, 3, NOW), new Count(EMAIL, 5, NOW)), NOW))
                .isEqualTo(new Verdict.Wait(Duration.ofMinutes(4)));
        assertThat(limits.verdict(List.of(new Count(EMAIL, 9, NOW)), NOW)).isEqualTo(new Verdict.Wait(Duration.ofHours(1)));
    }

    @Test
    void givenTenFailuresOfOneKey_thenOnlyAPersonChecks() {
        assertThat(limits.verdict(List.of(new Count(ORDER, 1, NOW), new Count(EMAIL, 10, NOW.minus(Duration.ofHours(20)))),
                NOW)).isEqualTo(new Verdict.PersonNeeded());
    }
}
