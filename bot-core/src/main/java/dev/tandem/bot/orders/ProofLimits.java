package dev.tandem.bot.orders;

import dev.tandem.bot.orders.port.FailedProofs;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * How many wrong proofs an order number, e-mail address or phone number may collect in the whole shop within
 * {@code window} before the bot stops checking: {@code freeTries} at once, then each next one after a wait that
 * doubles from {@code firstWait} (at most {@code longestWait}), and from {@code personAfter} failures only a
 * person checks. So guessing costs hours, not seconds, and a new conversation starts no new count.
 */
public record ProofLimits(int freeTries, Duration firstWait, Duration longestWait, int personAfter, Duration window) {

    public ProofLimits {
        if (freeTries < 1 || personAfter <= freeTries) {
            throw new IllegalArgumentException("at least one free try, and a person only after the free tries");
        }
    }

    /** 3 tries, then 1, 2, 4 … minutes apart (at most an hour), a person from the 10th failure in a day. */
    public static ProofLimits defaults() {
        return new ProofLimits(3, Duration.ofMinutes(1), Duration.ofHours(1), 10, Duration.ofDays(1));
    }

    /** Whether the bot may check a proof now. */
    public sealed interface Verdict {

        record Check() implements Verdict {
        }

        /** Too many recent failures: try again after {@code left}; nothing is checked meanwhile. */
        record Wait(Duration left) implements Verdict {
        }

        /** Too many failures for the bot to go on: a person checks who the shopper is. */
        record PersonNeeded() implements Verdict {
        }
    }

    /** The strictest verdict over the failures counted for the attempt's keys (within the window). */
    public Verdict verdict(Collection<FailedProofs.Count> counts, Instant now) {
        Verdict strictest = new Verdict.Check();
        for (FailedProofs.Count count : counts) {
            if (count.failures() >= personAfter) {
                return new Verdict.PersonNeeded();
            }
            if (count.failures() >= freeTries) {
                Instant allowedAt = count.latest().plus(waitAfter(count.failures()));
                if (allowedAt.isAfter(now)) {
                    Duration left = Duration.between(now, allowedAt);
                    if (!(strictest instanceof Verdict.Wait wait) || wait.left().compareTo(left) < 0) {
                        strictest = new Verdict.Wait(left);
                    }
                }
            }
        }
        return strictest;
    }

    private Duration waitAfter(int failures) {
        int doublings = Math.min(failures - freeTries, 20);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
