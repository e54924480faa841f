package dev.tandem.bot.orders;

import dev.tandem.bot.orders.port.OrderLookup;
import reactor.core.publisher.Mono;

/** A shop with no order system connected: every question about an order is one the bot cannot check. */
public enum NoOrderSystem implements OrderLookup {
    INSTANCE;

    @Override
    public Mono<Order> find(String orderNumber) {
        return unavailable();
    }

    @Override
    public Mono<Order> cancel(String orderNumber) {
        return unavailable();
    }

    @Override
    public Mono<ReturnLabel> startReturn(String orderNumber) {
        return unavailable();
    }

    private static <T> Mono<T> unavailable() {
        return Mono.error(new OrderLookupUnavailableException("no order system is configured", null));
    }
}
