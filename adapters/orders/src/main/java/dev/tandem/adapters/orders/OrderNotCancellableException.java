package dev.tandem.adapters.orders;

import dev.tandem.bot.orders.OrderStatus;

/** Cancel asked for an order that is past {@link OrderStatus#PROCESSING} (shipped, delivered, cancelled, returned). */
public final class OrderNotCancellableException extends OrderActionRejectedException {

    private final OrderStatus status;

    public OrderNotCancellableException(String orderNumber, OrderStatus status) {
        super(orderNumber, "order " + orderNumber + " is " + status + ": only a PROCESSING order can be cancelled");
        this.status = status;
    }

    /** The order's status when the cancel was refused. */
    public OrderStatus status() {
        return status;
    }
}
