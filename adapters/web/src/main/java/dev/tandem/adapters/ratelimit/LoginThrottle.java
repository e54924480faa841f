package dev.tandem.adapters.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows password guessing: each failed sign-in costs the pair (user name, client address) one try and the
 * address one try; with no tries left, sign-ins for that name from that address, or anything from that address,
 * are refused — even with the right password, or guessing would simply go on — until a try has been earned
 * back. Counting per pair, not per name, means a stranger's guesses cannot lock the owner out from their own
 * address; the per-address tries stop one address from trying a few passwords on many names. Successful
 * sign-ins cost nothing. Kept in memory on this node, like the other rate limits.
 */
public final class LoginThrottle {

    private final Buckets perUserAtAddress;
    private final Buckets perAddress;
    /**
     * How many times an admin lifted each name's locks: part of the pair's key, so an unlock starts the name on
     * fresh buckets at every address (the old ones expire unused). Grows only by admins' unlocks.
     */
    private final Map<String, Long> unlocks = new ConcurrentHashMap<>();

    public LoginThrottle(int failuresPerUser, int failuresPerAddress, Duration window) {
        this(failuresPerUser, failuresPerAddress, window, System::nanoTime);
    }

    LoginThrottle(int failuresPerUser, int failuresPerAddress, Duration window, LongSupplier nanoTime) {
        this.perUserAtAddress = new Buckets(failuresPerUser, window, nanoTime);
        this.perAddress = new Buckets(failuresPerAddress, window, nanoTime);
    }

    /** How long {@code user} signing in from {@code address} must wait; empty when they may try now. */
    public Optional<Duration> waitBefore(String user, String address) {
        long nanos = Math.max(perUserAtAddress.nanosUntilAvailable(pairKey(user, address)),
                perAddress.nanosUntilAvailable(address));
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    public void failed(String user, String address) {
        perUserAtAddress.take(pairKey(user, address));
        perAddress.take(address);
    }

    /** Gives {@code user} all their tries back at every address (an admin's unlock); addresses keep their limits. */
    public void unlock(String user) {
        unlocks.merge(userKey(user), 1L, Long::sum);
    }

    private String pairKey(String user, String address) {
        String name = userKey(user);
        return name + '\n' + unlocks.getOrDefault(name, 0L) + '\n' + address;
    }

    /** User names are matched case-insensitively here, so "Admin" and "admin" share their tries. */
    private static String userKey(String user) {
        return (user == null ? "" : user.strip()).toLowerCase(Locale.ROOT);
    }
}
