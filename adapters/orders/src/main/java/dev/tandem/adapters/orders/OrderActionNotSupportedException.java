package dev.tandem.adapters.orders;

/**
 * The configured order system offers no API for this action (e.g. starting a return with a label through the
 * WooCommerce or Shopify REST API): the shopper is pointed to the shop's own return form or an agent.
 */
public final class OrderActionNotSupportedException extends OrderActionRejectedException {

    private final String backend;
    private final String action;

    public OrderActionNotSupportedException(String orderNumber, String backend, String action) {
        super(orderNumber, backend + " does not support '" + action + "' through its API (order " + orderNumber + ")");
        this.backend = backend;
        this.action = action;
    }

    public String backend() {
        return backend;
    }

    public String action() {
        return action;
    }
}
