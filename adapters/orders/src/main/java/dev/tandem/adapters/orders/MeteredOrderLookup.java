package dev.tandem.adapters.orders;

import dev.tandem.adapters.metrics.MetricNames;
import dev.tandem.bot.orders.Order;
import dev.tandem.bot.orders.ReturnLabel;
import dev.tandem.bot.orders.port.OrderLookup;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Times every call to the order system as {@link MetricNames#ORDER_LOOKUP}, tagged with the backend, the
 * operation and how it ended: {@code failure} is the system not answering or erring (what an operator is paged for),
 * {@code rejected} the shop saying no to a cancel or return, {@code not_found} an unknown order number.
 */
final class MeteredOrderLookup implements OrderLookup {

    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)};

    private final OrderLookup backend;
    private final String backendName;
    private final MeterRegistry registry;

    MeteredOrderLookup(OrderLookup backend, String backendName, MeterRegistry registry) {
        this.backend = backend;
        this.backendName = backendName;
        this.registry = registry;
        // Each operation's failures exist from the start, so "no failures" reads 0 rather than no data.
        for (String operation : new String[] {"find", "cancel", "return"}) {
            timer(operation, "failure");
        }
    }

    @Override
    public Mono<Order> find(String orderNumber) {
        return timed("find", backend.find(orderNumber));
    }

    @Override
    public Mono<Order> cancel(String orderNumber) {
        return timed("cancel", backend.cancel(orderNumber));
    }

    @Override
    public Mono<ReturnLabel> startReturn(String orderNumber) {
        return timed("return", backend.startReturn(orderNumber));
    }

    private <T> Mono<T> timed(String operation, Mono<T> call) {
        return Mono.defer(() -> {
            long started = System.nanoTime();
            return call
                    .doOnSuccess(answer -> record(operation, answer == null ? "not_found" : "success", started))
                    .doOnError(failure -> record(operation, failure instanceof OrderActionRejectedException
                            ? "rejected" : "failure", started));
        });
    }

    private void record(String operation, String outcome, long started) {
        timer(operation, outcome).record(Duration.ofNanos(System.nanoTime() - started));
    }

    private Timer timer(String operation, String outcome) {
        return Timer.builder(MetricNames.ORDER_LOOKUP)
                .description("Calls to the shop's order system")
                .tag("backend", backendName)
                .tag("operation", operation)
                .tag("outcome", outcome)
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry);
    }
}
