package dev.tandem.adapters.orders;

import static dev.tandem.adapters.orders.JsonFields.array;
import static dev.tandem.adapters.orders.JsonFields.text;

import dev.tandem.bot.orders.Order;
import dev.tandem.bot.orders.OrderStatus;
import dev.tandem.bot.orders.ReturnLabel;
import dev.tandem.bot.orders.port.OrderLookup;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
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
 * Orders from a Shopify shop through the Admin REST API: the order the shopper calls "1001" is found by name
 * ({@code GET /admin/api/2024-10/orders.json?name=%231001&status=any}) with the {@code X-Shopify-Access-Token}
 * header.
 *
 * <p>Status mapping: {@code cancelled_at} set → CANCELLED; {@code financial_status=refunded} → RETURNED; a
 * fulfillment whose {@code shipment_status} is {@code delivered} → DELIVERED (on that fulfillment's
 * {@code updated_at}); {@code fulfillment_status} {@code fulfilled} or {@code partial} → SHIPPED (carrier and
 * tracking from the latest fulfillment); otherwise PROCESSING. E-mail from {@code email} (or
 * {@code contact_email}), phone from {@code phone}, the billing or the shipping address.
 *
 * <p>Cancel ({@code POST /orders/{id}/cancel.json}) only while PROCESSING; a 422 from Shopify (e.g. fulfilled
 * meanwhile) is a refusal too. Returns with a label are not offered by this API:
 * {@link #startReturn} fails with {@link OrderActionNotSupportedException}.
 */
public final class ShopifyOrderLookup implements OrderLookup {

    private static final Pattern ORDER_NUMBER = Pattern.compile("\\d{1,18}");

    private final WebClient client;
    private final ResilientCalls calls;
    private final String api;
    private final Period returnWindow;
    private final ZoneId zone;

    public ShopifyOrderLookup(OrderLookupProperties properties) {
        OrderLookupProperties.Shopify shopify = properties.shopify();
        this.calls = new ResilientCalls("Shopify", properties);
        this.client = calls.webClient(shopify.shopUrl())
                .defaultHeader("X-Shopify-Access-Token", shopify.accessToken())
                .build();
        this.api = "/admin/api/" + shopify.apiVersion();
        this.returnWindow = properties.returnWindow();
        this.zone = properties.zone();
    }

    @Override
    public Mono<Order> find(String orderNumber) {
        return fetch(orderNumber).map(Found::order);
    }

    @Override
    public Mono<Order> cancel(String orderNumber) {
        return fetch(orderNumber).flatMap(found -> {
            if (found.order().status() != OrderStatus.PROCESSING) {
                return Mono.error(new OrderNotCancellableException(orderNumber, found.order().status()));
            }
            return calls.write(client.post().uri(api + "/orders/{id}/cancel.json", found.id())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("reason", "customer", "email", true))
                    .retrieve()
                    .bodyToMono(JsonNode.class)
                    .map(json -> order(json.get("order")))
                    .onErrorMap(ShopifyOrderLookup::isRefusal,
                            refused -> new OrderNotCancellableException(orderNumber, found.order().status())));
        });
    }

    @Override
    public Mono<ReturnLabel> startReturn(String orderNumber) {
        return Mono.error(new OrderActionNotSupportedException(orderNumber, "Shopify", "start a return"));
    }

    /** An order and Shopify's own id for it (the one the write endpoints take). */
    private record Found(String id, Order order) {
    }

    private Mono<Found> fetch(String orderNumber) {
        if (!ORDER_NUMBER.matcher(orderNumber).matches()) {
            return Mono.empty();
        }
        return calls.read(client.get()
                .uri(builder -> builder.path(api + "/orders.json")
                        .queryParam("name", "{name}")
                        .queryParam("status", "any")
                        .build("#" + orderNumber))
                .retrieve()
                .bodyToMono(JsonNode.class)
                .onErrorResume(WebClientResponseException.NotFound.class, notFound -> Mono.empty())
                .flatMap(json -> Mono.justOrEmpty(array(json, "orders").stream()
                        .filter(order -> text(order, "name").filter(("#" + orderNumber)::equals).isPresent()
                                || text(order, "order_number").filter(orderNumber::equals).isPresent())
                        .findFirst()))
                .map(json -> new Found(text(json, "id").orElseThrow(), order(json))));
    }

    Order order(JsonNode json) {
        String number = text(json, "order_number").orElseGet(() -> text(json, "name").orElseThrow().replace("#", ""));
        List<JsonNode> fulfillments = array(json, "fulfillments").stream()
                .filter(fulfillment -> !text(fulfillment, "status").filter(s -> s.equals("cancelled")
                        || s.equals("error") || s.equals("failure")).isPresent())
                .toList();
        Optional<JsonNode> latest = fulfillments.isEmpty() ? Optional.empty()
                : Optional.of(fulfillments.get(fulfillments.size() - 1));
        Optional<JsonNode> delivered = fulfillments.stream()
                .filter(fulfillment -> text(fulfillment, "shipment_status").filter("delivered"::equals).isPresent())
                .reduce((first, second) -> second);
        OrderStatus status = status(json, delivered.isPresent());

        boolean handedToCarrier = status != OrderStatus.PROCESSING && latest.isPresent();
        Optional<String> carrier = handedToCarrier ? latest.flatMap(f -> text(f, "tracking_company")) : Optional.empty();
        Optional<String> trackingNumber = handedToCarrier
                ? latest.flatMap(f -> text(f, "tracking_number").or(() -> first(f, "tracking_numbers")))
                : Optional.empty();
        Optional<String> trackingUrl = handedToCarrier
                ? latest.flatMap(f -> text(f, "tracking_url").or(() -> first(f, "tracking_urls")))
                        .or(() -> CarrierTracking.trackingUrl(carrier, trackingNumber))
                : Optional.empty();
        Optional<LocalDate> deliveredOn = status == OrderStatus.DELIVERED
                ? delivered.flatMap(f -> JsonFields.day(f, "updated_at", zone))
                : Optional.empty();
        List<String> items = array(json, "line_items").stream()
                .map(line -> JsonFields.item(text(line, "name").or(() -> text(line, "title")).orElse("?"),
                        line.path("quantity").asInt(1)))
                .toList();
        return new Order(number, status,
                text(json, "email").or(() -> text(json, "contact_email")).orElse(""),
                text(json, "phone").or(() -> text(json.get("billing_address"), "phone"))
                        .or(() -> text(json.get("shipping_address"), "phone")),
                JsonFields.instant(json, "created_at").orElseThrow(),
                carrier.map(CarrierTracking::displayName), trackingNumber, trackingUrl,
                Optional.empty(),
                deliveredOn,
                deliveredOn.map(day -> day.plus(returnWindow)),
                items);
    }

    /** Shopify answers 422 when an order can no longer be cancelled (fulfilled or paid out meanwhile). */
    private static boolean isRefusal(Throwable failure) {
        return failure instanceof WebClientResponseException response && response.getStatusCode().value() == 422;
    }

    private static OrderStatus status(JsonNode json, boolean delivered) {
        if (text(json, "cancelled_at").isPresent()) {
            return OrderStatus.CANCELLED;
        }
        if (text(json, "financial_status").filter("refunded"::equals).isPresent()) {
            return OrderStatus.RETURNED;
        }
        if (delivered) {
            return OrderStatus.DELIVERED;
        }
        String fulfillment = text(json, "fulfillment_status").orElse("unfulfilled");
        return fulfillment.equals("fulfilled") || fulfillment.equals("partial") ? OrderStatus.SHIPPED : OrderStatus.PROCESSING;
    }

    private static Optional<String> first(JsonNode node, String arrayField) {
        return array(node, arrayField).stream().map(JsonNode::asString).filter(s -> !s.isBlank()).findFirst();
    }
}
