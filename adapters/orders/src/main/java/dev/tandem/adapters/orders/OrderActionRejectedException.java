package dev.tandem.adapters.orders;

/**
 * The order system was reached and said no to a self-service action (cancel, start a return): the shopper gets a
 * reason, not an apology for an outage. Anything else that goes wrong is an
 * {@link dev.tandem.bot.orders.OrderLookupUnavailableException}.
 */
public abstract sealed class OrderActionRejectedException extends RuntimeException
        permits OrderNotCancellableException, OrderNotReturnableException, OrderActionNotSupportedException {

    private final String orderNumber;

    OrderActionRejectedException(String orderNumber, String message) {
        super(message);
        this.orderNumber = orderNumber;
    }

    public String orderNumber() {
        return orderNumber;
    }
}
