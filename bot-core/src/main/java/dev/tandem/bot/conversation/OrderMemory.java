package dev.tandem.bot.conversation;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the order conversation stands: which question the bot asked last, the order number it is about,
 * failed attempts to prove the order is the shopper's, and the order they proved (asked about again, it is
 * not verified twice).
 */
public record OrderMemory(Step step, Optional<String> orderNumber, int failedVerifications, Optional<String> verifiedOrder) {

    public static final OrderMemory NONE = new OrderMemory(Step.NONE, Optional.empty(), 0, Optional.empty());

    /** The question the bot is waiting to have answered. */
    public enum Step {
        NONE,
        ASK_NUMBER,
        ASK_CONTACT,
        CONFIRM_CANCEL,
        CONFIRM_RETURN
    }

    public OrderMemory {
        Objects.requireNonNull(step, "step");
        if (failedVerifications < 0) {
            throw new IllegalArgumentException("failed verifications are never negative");
        }
    }

    public OrderMemory asking(Step next, Optional<String> number) {
        return new OrderMemory(next, number, failedVerifications, verifiedOrder);
    }

    /** The shopper moved on to something else: no question pending, the rest remembered. */
    public OrderMemory leftAside() {
        return step == Step.NONE ? this : new OrderMemory(Step.NONE, orderNumber, failedVerifications, verifiedOrder);
    }

    public OrderMemory failedOnce() {
        return new OrderMemory(Step.ASK_CONTACT, orderNumber, failedVerifications + 1, verifiedOrder);
    }

    public OrderMemory verified(String number) {
        return new OrderMemory(Step.NONE, Optional.of(number), failedVerifications, Optional.of(number));
    }

    public boolean isVerified(String number) {
        return verifiedOrder.filter(number::equals).isPresent();
    }
}
