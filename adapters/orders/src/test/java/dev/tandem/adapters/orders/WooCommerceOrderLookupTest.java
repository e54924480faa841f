package dev.tandem.adapters.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.bot.orders.Order;
import dev.tandem.bot.orders.OrderLookupUnavailableException;
import dev.tandem.bot.orders.OrderStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WooCommerce REST API v3 against a local stub serving payloads in the API's format. */
class WooCommerceOrderLookupTest {

    private final StubShop shop = new StubShop();
    private final WooCommerceOrderLookup woo =
            new WooCommerceOrderLookup(StubShop.properties(OrderLookupProperties.Backend.WOOCOMMERCE, shop.url()));

    @AfterEach
    void stopShop() {
        shop.close();
    }

    @Test
    void givenProcessingOrderWithShipmentTracking_whenFound_thenShippedWithCarrierLinkAndBillingContact() throws Exception {
        shop.json(200, "woocommerce/order-5123-processing-tracked.json");

        Order order = woo.find("5123").block();

        assertThat(order.number()).isEqualTo("5123");
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.email()).isEqualTo("anna.kowalska@example.com");
        assertThat(order.phone()).contains("+48 512 345 678");
        assertThat(order.placedAt()).isEqualTo(Instant.parse("2026-11-23T18:20:11Z"));
        assertThat(order.carrier()).contains("InPost");
        assertThat(order.trackingNumber()).contains("652400119876543210111222");
        assertThat(order.trackingUrl()).contains("https://inpost.pl/sledzenie-przesylek?number=652400119876543210111222");
        assertThat(order.items()).containsExactly("Lumo Classic denim jacket - Blue, M", "2 × Lumo Basic cotton T-shirt - White, M");
        RecordedRequest request = shop.server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/wp-json/wc/v3/orders/5123");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("ck_test_4f2a:cs_test_9b7c".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void givenCompletedOrder_whenFound_thenDeliveredWithCustomCarrierAndReturnDeadline() {
        shop.json(200, "woocommerce/order-5087-completed.json");

        Order order = woo.find("5087").block();

        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.deliveredOn()).contains(LocalDate.of(2026, 11, 17));
        assertThat(order.returnDeadline()).contains(LocalDate.of(2026, 12, 17));
        assertThat(order.carrier()).contains("DPD Polska");
        assertThat(order.trackingUrl()).contains("https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=13807501211111");
    }

    @ParameterizedTest
    @CsvSource({"pending,PROCESSING", "processing,PROCESSING", "on-hold,PROCESSING", "completed,DELIVERED",
            "cancelled,CANCELLED", "failed,CANCELLED", "refunded,RETURNED"})
    void givenWooStatus_whenFound_thenMappedToOurStatus(String wooStatus, OrderStatus expected) {
        shop.answer(200, StubShop.resource("woocommerce/order-5140-processing.json")
                .replace("\"status\": \"processing\"", "\"status\": \"" + wooStatus + "\""));

        assertThat(woo.find("5140").block().status()).isEqualTo(expected);
    }

    @Test
    void givenUnknownOrder_whenServerAnswers404_thenEmptyAndNoRetry() {
        shop.json(404, "woocommerce/error-404-invalid-id.json");

        assertThat(woo.find("999999").blockOptional()).isEmpty();
        assertThat(shop.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void givenSomethingThatIsNoOrderNumber_whenFound_thenEmptyWithoutCallingTheShop() {
        assertThat(woo.find("../customers").blockOptional()).isEmpty();
        assertThat(shop.server.getRequestCount()).isZero();
    }

    @Test
    void givenRejectedCredentials_whenFound_thenUnavailableWithoutRetry() {
        shop.answer(401, "{\"code\":\"woocommerce_rest_cannot_view\",\"message\":\"Sorry, you cannot view this resource.\","
                + "\"data\":{\"status\":401}}");

        assertThatThrownBy(() -> woo.find("5140").block()).isInstanceOf(OrderLookupUnavailableException.class)
                .hasMessageContaining("HTTP 401");
        assertThat(shop.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void givenProcessingOrder_whenCancelled_thenStatusCancelledIsPut() throws Exception {
        shop.json(200, "woocommerce/order-5140-processing.json");
        shop.json(200, "woocommerce/order-5140-cancelled.json");

        Order order = woo.cancel("5140").block();

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        shop.server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest put = shop.server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getTarget()).isEqualTo("/wp-json/wc/v3/orders/5140");
        assertThat(put.getBody().utf8()).isEqualTo("{\"status\":\"cancelled\"}");
    }

    @Test
    void givenShippedOrder_whenCancelled_thenRefusedWithoutChangingIt() {
        shop.json(200, "woocommerce/order-5123-processing-tracked.json");

        assertThatThrownBy(() -> woo.cancel("5123").block())
                .isInstanceOfSatisfying(OrderNotCancellableException.class,
                        refused -> assertThat(refused.status()).isEqualTo(OrderStatus.SHIPPED));
        assertThat(shop.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void givenAnyOrder_whenReturnStarted_thenNotSupportedByTheApi() {
        assertThatThrownBy(() -> woo.startReturn("5087").block())
                .isInstanceOfSatisfying(OrderActionNotSupportedException.class,
                        refused -> assertThat(refused.backend()).isEqualTo("WooCommerce"));
    }
}
