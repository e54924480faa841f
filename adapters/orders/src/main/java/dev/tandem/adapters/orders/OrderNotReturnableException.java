package dev.tandem.adapters.orders;

import dev.tandem.bot.orders.OrderStatus;
import java.time.LocalDate;
import java.util.Optional;

/** A return asked for an order that is not delivered, or whose return window has closed. */
public final class OrderNotReturnableException extends OrderActionRejectedException {

    /** Why the return cannot be started. */
    public enum Reason {
        /** Still processing or on its way, already cancelled, or already returned. */
        NOT_DELIVERED,
        /** Delivered, but the last day to start a return has passed. */
        RETURN_WINDOW_CLOSED
    }

    private final Reason reason;
    private final OrderStatus status;
    private final Optional<LocalDate> returnDeadline;

    public OrderNotReturnableException(String orderNumber, Reason reason, OrderStatus status,
                                       Optional<LocalDate> returnDeadline) {
        super(orderNumber, message(orderNumber, reason, status, returnDeadline));
        this.reason = reason;
        this.status = status;
        this.returnDeadline = returnDeadline;
    }

    public Reason reason() {
        return reason;
    }

    public OrderStatus status() {
        return status;
    }

    /** The last day a return could be started, for a delivered order. */
    public Optional<LocalDate> returnDeadline() {
        return returnDeadline;
    }

    private static String message(String orderNumber, Reason reason, OrderStatus status, Optional<LocalDate> deadline) {
        return switch (reason) {
            case NOT_DELIVERED -> "order " + orderNumber + " is " + status + ": only a DELIVERED order can be returned";
            case RETURN_WINDOW_CLOSED -> "order " + orderNumber + ": the return window closed on "
                    + deadline.map(LocalDate::toString).orElse("an unknown date");
        };
    }
}
