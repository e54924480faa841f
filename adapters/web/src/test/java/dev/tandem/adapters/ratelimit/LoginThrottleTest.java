package dev.tandem.adapters.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The tries a user name and a client address have for signing in, and how they come back. */
class LoginThrottleTest {

    /** 5 tries per name and address, 20 per address, over 15 minutes. */
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15));

    @Test
    void givenFailuresFromOneAddressOverManyNames_whenTheAddressRunsOut_thenEveryNameFromItWaitsButOtherAddressesDoNot() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.waitBefore("user" + i, "203.0.113.7")).isEmpty();
            throttle.failed("user" + i, "203.0.113.7");
        }

        assertThat(throttle.waitBefore("someone-new", "203.0.113.7")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(45)));
        assertThat(throttle.waitBefore("someone-new", "198.51.100.1")).isEmpty();
    }

    @Test
    void givenFiveFailuresForOneNameFromOneAddress_whenTried_thenThatPairWaitsButTheOwnerElsewhereAndOtherNamesDoNot() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("Anna", "203.0.113.7");
        }

        assertThat(throttle.waitBefore("anna", "203.0.113.7")).hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofMinutes(2)).isLessThanOrEqualTo(Duration.ofMinutes(3)));
        assertThat(throttle.waitBefore("anna", "192.0.2.99")).isEmpty();
        assertThat(throttle.waitBefore("olek", "203.0.113.7")).isEmpty();
    }

    @Test
    void givenANameLockedFromOneAddress_whenAnAdminUnlocksIt_thenItMayTryAgainAtOnceAndTheAddressLimitStays() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("anna", "203.0.113.7");
        }
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "198.51.100.1");
        }

        throttle.unlock("ANNA");

        assertThat(throttle.waitBefore("anna", "203.0.113.7")).isEmpty();
        assertThat(throttle.waitBefore("anna", "198.51.100.1")).isPresent();
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna", "203.0.113.7");
        }
        assertThat(throttle.waitBefore("anna", "203.0.113.7")).isEmpty();
        throttle.failed("anna", "203.0.113.7");
        assertThat(throttle.waitBefore("anna", "203.0.113.7")).isPresent();
    }

    @Test
    void givenAUserOutOfTries_whenTheWindowsShareHasPassed_thenOneMoreTry() throws InterruptedException {
        LoginThrottle halfSecondWindow = new LoginThrottle(5, 20, Duration.ofMillis(500));
        for (int i = 0; i < 5; i++) {
            halfSecondWindow.failed("anna", "192.0.2.1");
        }
        assertThat(halfSecondWindow.waitBefore("anna", "192.0.2.1")).isPresent();

        Thread.sleep(250);

        assertThat(halfSecondWindow.waitBefore("anna", "192.0.2.1")).isEmpty();
    }
}
