package dev.tandem.adapters.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.bot.orders.Order;
import dev.tandem.bot.orders.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Shopify Admin API against a local stub serving payloads in the API's format. */
class ShopifyOrderLookupTest {

    private final StubShop shop = new StubShop();
    private final ShopifyOrderLookup shopify =
            new ShopifyOrderLookup(StubShop.properties(OrderLookupProperties.Backend.SHOPIFY, shop.url()));

    @AfterEach
    void stopShop() {
        shop.close();
    }

    @Test
    void givenFulfilledOrder_whenFoundByName_thenShippedWithTrackingAndTheTokenWasSent() throws Exception {
        shop.json(200, "shopify/orders-name-1001-fulfilled.json");

        Order order = shopify.find("1001").block();

        assertThat(order.number()).isEqualTo("1001");
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.email()).isEqualTo("piotr.nowak@example.com");
        assertThat(order.phone()).contains("+48 600 700 800");
        assertThat(order.placedAt()).isEqualTo(Instant.parse("2026-11-23T08:14:03Z"));
        assertThat(order.carrier()).contains("DPD");
        assertThat(order.trackingNumber()).contains("13807501234567");
        assertThat(order.trackingUrl()).contains("https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=13807501234567");
        assertThat(order.items()).containsExactly("Bluetooth speaker JBL Flip 6 - Black");
        RecordedRequest request = shop.server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getTarget()).isEqualTo("/admin/api/2024-10/orders.json?name=%231001&status=any");
        assertThat(request.getHeaders().get("X-Shopify-Access-Token")).isEqualTo("shpat_test_1e5d");
    }

    @Test
    void givenDeliveredFulfillmentWithoutTrackingUrl_whenFound_thenDeliveredWithDeadlineAndCarrierLink() {
        shop.json(200, "shopify/orders-name-1003-delivered.json");

        Order order = shopify.find("1003").block();

        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.deliveredOn()).contains(LocalDate.of(2026, 11, 20));
        assertThat(order.returnDeadline()).contains(LocalDate.of(2026, 12, 20));
        assertThat(order.trackingUrl()).contains("https://inpost.pl/sledzenie-przesylek?number=652400119876543210076543");
        assertThat(order.items()).containsExactly("E-book reader PocketBook Verse", "2 × PocketBook cover - Black");
    }

    @Test
    void givenRefundedOrder_whenFound_thenReturned() {
        shop.json(200, "shopify/orders-name-1003-refunded.json");

        assertThat(shopify.find("1003").block().status()).isEqualTo(OrderStatus.RETURNED);
    }

    @Test
    void givenUnfulfilledOrder_whenFound_thenProcessingWithPhoneFromTheOrder() {
        shop.json(200, "shopify/orders-name-1002-unfulfilled.json");

        Order order = shopify.find("1002").block();

        assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(order.phone()).contains("+380509876543");
        assertThat(order.carrier()).isEmpty();
    }

    @Test
    void givenNoOrderWithThatName_whenFound_thenEmpty() {
        shop.json(200, "shopify/orders-empty.json");

        assertThat(shopify.find("4242").blockOptional()).isEmpty();
    }

    @Test
    void givenUnfulfilledOrder_whenCancelled_thenCancelEndpointCalledWithShopifysId() throws Exception {
        shop.json(200, "shopify/orders-name-1002-unfulfilled.json");
        shop.json(200, "shopify/cancel-1002-response.json");

        Order order = shopify.cancel("1002").block();

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        shop.server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest cancel = shop.server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(cancel.getMethod()).isEqualTo("POST");
        assertThat(cancel.getTarget()).isEqualTo("/admin/api/2024-10/orders/5901234567002/cancel.json");
    }

    @Test
    void givenShopRefusesTheCancel_whenCancelled_thenNotCancellable() {
        shop.json(200, "shopify/orders-name-1002-unfulfilled.json");
        shop.json(422, "shopify/cancel-422-fulfilled.json");

        assertThatThrownBy(() -> shopify.cancel("1002").block()).isInstanceOf(OrderNotCancellableException.class);
    }

    @Test
    void givenShippedOrder_whenCancelled_thenRefusedWithoutCallingCancel() {
        shop.json(200, "shopify/orders-name-1001-fulfilled.json");

        assertThatThrownBy(() -> shopify.cancel("1001").block()).isInstanceOf(OrderNotCancellableException.class);
        assertThat(shop.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void givenAnyOrder_whenReturnStarted_thenNotSupportedByTheApi() {
        assertThatThrownBy(() -> shopify.startReturn("1003").block()).isInstanceOf(OrderActionNotSupportedException.class);
    }
}
