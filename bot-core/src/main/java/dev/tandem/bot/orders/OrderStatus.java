package dev.tandem.bot.orders;

/** Where an order is in its life; the same five states whatever order system is behind it. */
public enum OrderStatus {
    /** Paid or awaiting payment, not yet handed to a carrier: it can still be cancelled. */
    PROCESSING,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    /** Sent back by the shopper; the refund is pending or done. */
    RETURNED
}
