package dev.tandem.bot.orders.port;

import dev.tandem.bot.orders.Order;
import dev.tandem.bot.orders.ReturnLabel;
import reactor.core.publisher.Mono;

/**
 * The shop's order system. Implementations: the embedded demo store, WooCommerce and Shopify over HTTP.
 * Every method fails with {@link dev.tandem.bot.orders.OrderLookupUnavailableException} when the system cannot
 * be reached, so the bot can say so instead of guessing.
 */
public interface OrderLookup {

    /** The order with this number; empty when there is none. */
    Mono<Order> find(String orderNumber);

    /** Cancels an order that is still processing; the updated order. Fails if it is past processing. */
    Mono<Order> cancel(String orderNumber);

    /** Starts a return of a delivered order within its return window; the label to print. */
    Mono<ReturnLabel> startReturn(String orderNumber);
}
