package dev.tandem.adapters.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Slows password guessing: each failed sign-in costs the user name one try and the client address one try;
 * with no tries left, sign-ins for that name or from that address are refused — even with the right password,
 * or guessing would simply go on — until a try has been earned back. Successful sign-ins cost nothing.
 * Kept in memory on this node, like the other rate limits.
 */
public final class LoginThrottle {

    private final Buckets perUser;
    private final Buckets perAddress;

    public LoginThrottle(int failuresPerUser, int failuresPerAddress, Duration window) {
        this(failuresPerUser, failuresPerAddress, window, System::nanoTime);
    }

    LoginThrottle(int failuresPerUser, int failuresPerAddress, Duration window, LongSupplier nanoTime) {
        this.perUser = new Buckets(failuresPerUser, window, nanoTime);
        this.perAddress = new Buckets(failuresPerAddress, window, nanoTime);
    }

    /** How long {@code user} signing in from {@code address} must wait; empty when they may try now. */
    public Optional<Duration> waitBefore(String user, String address) {
        long nanos = Math.max(perUser.nanosUntilAvailable(userKey(user)), perAddress.nanosUntilAvailable(address));
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    public void failed(String user, String address) {
        perUser.take(userKey(user));
        perAddress.take(address);
    }

    /** User names are matched case-insensitively here, so "Admin" and "admin" share their tries. */
    private static String userKey(String user) {
        return (user == null ? "" : user.strip()).toLowerCase(Locale.ROOT);
    }
}
