package dev.tandem.benchmarks;

import dev.tandem.bot.orders.Order;
import dev.tandem.bot.orders.OrderStatus;
import dev.tandem.bot.orders.ReturnLabel;
import dev.tandem.bot.orders.port.OrderLookup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** The demo store's order 100234 (shipped with InPost, e-mail demo@example.com), as the embedded store has it. */
final class DemoOrders implements OrderLookup {

    static final String NUMBER = "100234";
    static final String EMAIL = "demo@example.com";

    private static final Order SHIPPED = new Order(NUMBER, OrderStatus.SHIPPED, EMAIL, Optional.of("+48501234567"),
            Instant.parse("2026-11-23T17:20:00Z"), Optional.of("InPost"), Optional.of("TRK-100234"),
            Optional.of("https://inpost.pl/sledzenie-przesylek?number=TRK-100234"),
            Optional.of(LocalDate.parse("2026-11-26")), Optional.empty(), Optional.empty(),
            List.of("Lumo Classic denim jacket, blue, M"));

    @Override
    public Mono<Order> find(String orderNumber) {
        return NUMBER.equals(orderNumber) ? Mono.just(SHIPPED) : Mono.empty();
    }

    @Override
    public Mono<Order> cancel(String orderNumber) {
        return Mono.error(new IllegalStateException("the benchmark does not cancel orders"));
    }

    @Override
    public Mono<ReturnLabel> startReturn(String orderNumber) {
        return Mono.error(new IllegalStateException("the benchmark does not start returns"));
    }
}
