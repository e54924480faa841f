package dev.tandem.adapters.orders;

import static dev.tandem.adapters.orders.JsonFields.array;
import static dev.tandem.adapters.orders.JsonFields.text;

import dev.tandem.bot.orders.Order;
import dev.tandem.bot.orders.OrderLookupUnavailableException;
import dev.tandem.bot.orders.OrderStatus;
import dev.tandem.bot.orders.ReturnLabel;
import dev.tandem.bot.orders.port.OrderLookup;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Orders from a WooCommerce shop through its REST API v3 ({@code GET /wp-json/wc/v3/orders/{id}}), with the
 * consumer key and secret as HTTP Basic over HTTPS.
 *
 * <p>Status mapping: {@code pending}, {@code processing}, {@code on-hold} → PROCESSING (SHIPPED once the order
 * carries a shipment-tracking item); {@code shipped} (added by shipment plugins) → SHIPPED; {@code completed} and
 * {@code delivered} → DELIVERED (on {@code date_completed}); {@code cancelled}, {@code failed} → CANCELLED;
 * {@code refunded} → RETURNED. Any other status fails as unavailable: the bot never guesses. Carrier and
 * tracking come from the WooCommerce Shipment Tracking meta {@code _wc_shipment_tracking_items}; e-mail and
 * phone from {@code billing}.
 *
 * <p>Cancel sets {@code status=cancelled} (PUT) on a PROCESSING order. WooCommerce has no return API:
 * {@link #startReturn} fails with {@link OrderActionNotSupportedException}.
 */
public final class WooCommerceOrderLookup implements OrderLookup {

    private static final String ORDER = "/wp-json/wc/v3/orders/{id}";
    private static final Pattern ORDER_ID = Pattern.compile("\\d{1,18}");
    private static final String TRACKING_META = "_wc_shipment_tracking_items";

    private final WebClient client;
    private final ResilientCalls calls;
    private final Period returnWindow;

    public WooCommerceOrderLookup(OrderLookupProperties properties) {
        OrderLookupProperties.WooCommerce woo = properties.woocommerce();
        this.calls = new ResilientCalls("WooCommerce", properties);
        this.client = calls.webClient(woo.baseUrl())
                .defaultHeaders(headers -> headers.setBasicAuth(woo.consumerKey(), woo.consumerSecret()))
                .build();
        this.returnWindow = properties.returnWindow();
    }

    @Override
    public Mono<Order> find(String orderNumber) {
        return fetch(orderNumber);
    }

    @Override
    public Mono<Order> cancel(String orderNumber) {
        return fetch(orderNumber).flatMap(order -> {
            if (order.status() != OrderStatus.PROCESSING) {
                return Mono.error(new OrderNotCancellableException(orderNumber, order.status()));
            }
            return calls.write(client.put().uri(ORDER, orderNumber)
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("status", "cancelled"))
                            .retrieve()
                            .bodyToMono(JsonNode.class)
                            .map(this::order));
        });
    }

    @Override
    public Mono<ReturnLabel> startReturn(String orderNumber) {
        return Mono.error(new OrderActionNotSupportedException(orderNumber, "WooCommerce", "start a return"));
    }

    private Mono<Order> fetch(String orderNumber) {
        if (!ORDER_ID.matcher(orderNumber).matches()) {
            return Mono.empty();
        }
        return calls.read(client.get().uri(ORDER, orderNumber)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .onErrorResume(WebClientResponseException.NotFound.class, notFound -> Mono.empty())
                .map(this::order));
    }

    Order order(JsonNode json) {
        String number = text(json, "number").or(() -> text(json, "id")).orElseThrow();
        String wooStatus = text(json, "status").orElse("");
        Optional<JsonNode> tracking = trackingItem(json);
        OrderStatus status = status(number, wooStatus, tracking.isPresent());
        JsonNode billing = json.get("billing");
        Optional<String> carrier = tracking.flatMap(item -> text(item, "custom_tracking_provider")
                .or(() -> text(item, "tracking_provider").map(CarrierTracking::displayName)));
        Optional<String> trackingNumber = tracking.flatMap(item -> text(item, "tracking_number"));
        Optional<String> trackingUrl = tracking.flatMap(item -> text(item, "custom_tracking_link"))
                .or(() -> CarrierTracking.trackingUrl(carrier, trackingNumber));
        Optional<LocalDate> deliveredOn = status == OrderStatus.DELIVERED
                ? text(json, "date_completed").or(() -> text(json, "date_modified"))
                        .map(local -> LocalDateTime.parse(local).toLocalDate())
                : Optional.empty();
        List<String> items = array(json, "line_items").stream()
                .map(line -> JsonFields.item(text(line, "name").orElse("?"), line.path("quantity").asInt(1)))
                .toList();
        return new Order(number, status,
                text(billing, "email").orElse(""),
                text(billing, "phone"),
                JsonFields.utcInstant(json, "date_created_gmt").orElseThrow(),
                carrier, trackingNumber, trackingUrl,
                Optional.empty(),
                deliveredOn,
                deliveredOn.map(day -> day.plus(returnWindow)),
                items);
    }

    private static OrderStatus status(String number, String wooStatus, boolean hasTracking) {
        return switch (wooStatus) {
            case "pending", "processing", "on-hold" -> hasTracking ? OrderStatus.SHIPPED : OrderStatus.PROCESSING;
            case "shipped" -> OrderStatus.SHIPPED;
            case "completed", "delivered" -> OrderStatus.DELIVERED;
            case "cancelled", "failed" -> OrderStatus.CANCELLED;
            case "refunded" -> OrderStatus.RETURNED;
            default -> throw new OrderLookupUnavailableException(
                    "WooCommerce order " + number + " has a status Tandem does not know: '" + wooStatus + "'", null);
        };
    }

    /** The latest shipment of the WooCommerce Shipment Tracking extension, if any. */
    private static Optional<JsonNode> trackingItem(JsonNode json) {
        return array(json, "meta_data").stream()
                .filter(meta -> text(meta, "key").filter(TRACKING_META::equals).isPresent())
                .flatMap(meta -> array(meta, "value").stream())
                .filter(item -> text(item, "tracking_number").isPresent())
                .reduce((first, second) -> second);
    }
}
