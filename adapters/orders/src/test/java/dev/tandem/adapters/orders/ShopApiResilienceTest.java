package dev.tandem.adapters.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.adapters.orders.OrderLookupProperties.Backend;
import dev.tandem.bot.orders.OrderLookupUnavailableException;
import dev.tandem.bot.orders.port.OrderLookup;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every shop API gets from {@link ResilientCalls}, each against a local stub: retries, a timeout, a circuit. */
class ShopApiResilienceTest {

    /** A shop API as these tests call it: one of its orders, and the body it answers with when it fails. */
    record ShopApi(String name, Backend backend, Function<OrderLookupProperties, OrderLookup> lookup, String orderNumber,
                   String order, String failure) {

        OrderLookup against(StubShop shop, Duration timeout) {
            return lookup.apply(StubShop.properties(backend, shop.url(), timeout));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<ShopApi> shopApis() {
        return Stream.of(
                new ShopApi("Shopify", Backend.SHOPIFY, ShopifyOrderLookup::new, "1001",
                        "shopify/orders-name-1001-fulfilled.json", "{\"errors\":\"Unavailable Shop\"}"),
                new ShopApi("WooCommerce", Backend.WOOCOMMERCE, WooCommerceOrderLookup::new, "5140",
                        "woocommerce/order-5140-processing.json", StubShop.resource("woocommerce/error-500.json")));
    }

    private final StubShop shop = new StubShop();

    @AfterEach
    void stopShop() {
        shop.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shopApis")
    void givenServerErrorsThenSuccess_whenFound_thenRetriedWithBackoffAndFound(ShopApi api) {
        shop.answer(500, api.failure());
        shop.answer(503, api.failure());
        shop.json(200, api.order());

        assertThat(api.against(shop, StubShop.TIMEOUT).find(api.orderNumber()).block().number())
                .isEqualTo(api.orderNumber());
        assertThat(shop.server.getRequestCount()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shopApis")
    void givenASlowShop_whenFound_thenUnavailableAfterTimeoutAndRetries(ShopApi api) {
        shop.slowOnEveryAttempt(api.order());
        OrderLookup impatient = api.against(shop, StubShop.SHORT_TIMEOUT);

        long started = System.nanoTime();
        assertThatThrownBy(() -> impatient.find(api.orderNumber()).block())
                .isInstanceOf(OrderLookupUnavailableException.class)
                .hasMessageContaining("no answer within 500 ms");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(12_000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shopApis")
    void givenRepeatedFailures_whenFoundAgain_thenTheCircuitIsOpenAndTheShopIsNotCalled(ShopApi api) {
        OrderLookup lookup = api.against(shop, StubShop.TIMEOUT);
        for (int i = 0; i < 9; i++) {
            shop.answer(503, api.failure());
        }
        for (int call = 0; call < 3; call++) {
            assertThatThrownBy(() -> lookup.find(api.orderNumber()).block())
                    .isInstanceOf(OrderLookupUnavailableException.class);
        }
        int requestsSoFar = shop.server.getRequestCount();
        shop.json(200, api.order());

        assertThatThrownBy(() -> lookup.find(api.orderNumber()).block())
                .isInstanceOf(OrderLookupUnavailableException.class)
                .hasMessageContaining("circuit open");
        assertThat(shop.server.getRequestCount()).isEqualTo(requestsSoFar);
    }
}
