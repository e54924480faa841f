package dev.tandem.adapters.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.orders.NoOrderSystem;
import dev.tandem.bot.orders.Order;
import dev.tandem.bot.orders.OrderLookupUnavailableException;
import dev.tandem.bot.orders.port.OrderLookup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/agent/orders/{number}} (role AGENT): the order-lookup panel of the console. Agents see
 * the order without the shopper's proof of ownership: they check who they talk to themselves.
 */
@RestController
@RequestMapping("/api/v1/agent/orders")
public class AgentOrderController {

    private final OrderLookup orders;

    public AgentOrderController(ObjectProvider<OrderLookup> orders) {
        this.orders = orders.getIfAvailable(() -> NoOrderSystem.INSTANCE);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderView(String number, String status, String email, String phone, Instant placedAt, String carrier,
                            String trackingNumber, String trackingUrl, LocalDate expectedDelivery, LocalDate deliveredOn,
                            LocalDate returnDeadline, List<String> items) {

        static OrderView of(Order order) {
            return new OrderView(order.number(), order.status().name(), order.email(), order.phone().orElse(null),
                    order.placedAt(), order.carrier().orElse(null), order.trackingNumber().orElse(null),
                    order.trackingUrl().orElse(null), order.expectedDelivery().orElse(null),
                    order.deliveredOn().orElse(null), order.returnDeadline().orElse(null), order.items());
        }
    }

    @GetMapping("/{number}")
    public Mono<OrderView> order(@PathVariable String number) {
        if (!number.matches("\\d{4,12}")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_order_number", "an order number is 4 to 12 digits");
        }
        return orders.find(number)
                .map(OrderView::of)
                .switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.NOT_FOUND, "order_not_found",
                        "there is no order " + number)))
                .onErrorMap(OrderLookupUnavailableException.class, down -> new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                        "order_system_unavailable", "the order system cannot be reached right now; try again shortly"));
    }
}
