package dev.tandem.bot.queue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * Moving averages of how long agents take: to pick up a waiting chat, and to handle it from claim to resolve.
 * The wait estimate stands on these, so it follows the real team instead of a constant. Seeded from the
 * stored events at start-up.
 */
public final class HandleTimes {

    private final int window;
    private final Duration defaultHandle;
    private final Duration defaultPickup;
    private final Deque<Long> handled = new ArrayDeque<>();
    private final Deque<Long> pickedUp = new ArrayDeque<>();

    public HandleTimes(QueueSettings settings) {
        this.window = settings.averagedChats();
        this.defaultHandle = settings.defaultHandleTime();
        this.defaultPickup = settings.defaultPickupTime();
    }

    public synchronized void handled(Duration time) {
        add(handled, time);
    }

    public synchronized void pickedUp(Duration time) {
        add(pickedUp, time);
    }

    public synchronized Duration averageHandle() {
        return average(handled, defaultHandle);
    }

    public synchronized Duration averagePickup() {
        return average(pickedUp, defaultPickup);
    }

    public synchronized void seed(Collection<Duration> handleTimes, Collection<Duration> pickupTimes) {
        handleTimes.forEach(time -> add(handled, time));
        pickupTimes.forEach(time -> add(pickedUp, time));
    }

    private void add(Deque<Long> times, Duration time) {
        times.addLast(Math.max(0, time.toSeconds()));
        while (times.size() > window) {
            times.removeFirst();
        }
    }

    private static Duration average(Deque<Long> times, Duration fallback) {
        if (times.isEmpty()) {
            return fallback;
        }
        return Duration.ofSeconds(Math.round(times.stream().mapToLong(Long::longValue).average().orElseThrow()));
    }
}
