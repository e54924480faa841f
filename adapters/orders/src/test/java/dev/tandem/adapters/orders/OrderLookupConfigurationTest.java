package dev.tandem.adapters.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.persistence.H2TestDatabase;
import dev.tandem.bot.orders.port.OrderLookup;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.r2dbc.core.DatabaseClient;

/** tandem.orders.* picks exactly one order system and refuses to start with half a configuration. */
class OrderLookupConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(DatabaseClient.class, () -> new H2TestDatabase().client)
            .withUserConfiguration(OrderLookupConfiguration.class);

    @Test
    void givenNoOrderProperties_whenStarted_thenTheDemoStore() {
        context.run(started -> assertThat(started).getBean(OrderLookup.class).isInstanceOf(DemoStoreOrderLookup.class));
    }

    @Test
    void givenCompleteWooCommerceSettings_whenStarted_thenWooCommerce() {
        context.withPropertyValues("tandem.orders.backend=woocommerce",
                        "tandem.orders.woocommerce.base-url=https://shop.example.com",
                        "tandem.orders.woocommerce.consumer-key=ck_1", "tandem.orders.woocommerce.consumer-secret=cs_1")
                .run(started -> assertThat(started).getBean(OrderLookup.class).isInstanceOf(WooCommerceOrderLookup.class));
    }

    @Test
    void givenCompleteShopifySettings_whenStarted_thenShopify() {
        context.withPropertyValues("tandem.orders.backend=shopify", "tandem.orders.shopify.shop-url=https://lumo.myshopify.com",
                        "tandem.orders.shopify.access-token=shpat_1", "tandem.orders.timeout=3s")
                .run(started -> assertThat(started).getBean(OrderLookup.class).isInstanceOf(ShopifyOrderLookup.class));
    }

    static Stream<Arguments> settingsThatCannotWork() {
        return Stream.of(
                refused("WooCommerce without a base URL", "tandem.orders.woocommerce.base-url",
                        "tandem.orders.backend=woocommerce", "tandem.orders.woocommerce.consumer-key=ck_1",
                        "tandem.orders.woocommerce.consumer-secret=cs_1"),
                refused("WooCommerce without a secret", "tandem.orders.woocommerce.consumer-secret",
                        "tandem.orders.backend=woocommerce", "tandem.orders.woocommerce.base-url=https://shop.example.com",
                        "tandem.orders.woocommerce.consumer-key=ck_1"),
                refused("Shopify without a token", "tandem.orders.shopify.access-token",
                        "tandem.orders.backend=shopify", "tandem.orders.shopify.shop-url=https://lumo.myshopify.com"),
                refused("plain HTTP to a remote shop", "tandem.orders.shopify.shop-url must be an https:// address",
                        "tandem.orders.backend=shopify", "tandem.orders.shopify.shop-url=http://lumo.myshopify.com",
                        "tandem.orders.shopify.access-token=shpat_1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settingsThatCannotWork")
    void givenMissingOrUnsafeSettings_whenStarted_thenStartUpFailsNamingTheProperty(String settings, String message,
                                                                                    String[] properties) {
        context.withPropertyValues(properties)
                .run(started -> assertThat(started).getFailure().rootCause().hasMessageContaining(message));
    }

    @Test
    void givenAnUnknownBackend_whenStarted_thenStartUpFails() {
        context.withPropertyValues("tandem.orders.backend=magento")
                .run(started -> assertThat(started).hasFailed());
    }

    private static Arguments refused(String settings, String message, String... properties) {
        return Arguments.of(settings, message, properties);
    }
}
