package dev.tandem.adapters.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.persistence.H2TestDatabase;
import dev.tandem.bot.orders.port.OrderLookup;
import org.junit.jupiter.api.Test;
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

    @Test
    void givenWooCommerceWithoutBaseUrl_whenStarted_thenStartUpFailsNamingTheProperty() {
        context.withPropertyValues("tandem.orders.backend=woocommerce", "tandem.orders.woocommerce.consumer-key=ck_1",
                        "tandem.orders.woocommerce.consumer-secret=cs_1")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("tandem.orders.woocommerce.base-url"));
    }

    @Test
    void givenWooCommerceWithoutSecret_whenStarted_thenStartUpFailsNamingTheProperty() {
        context.withPropertyValues("tandem.orders.backend=woocommerce",
                        "tandem.orders.woocommerce.base-url=https://shop.example.com", "tandem.orders.woocommerce.consumer-key=ck_1")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("tandem.orders.woocommerce.consumer-secret"));
    }

    @Test
    void givenShopifyWithoutToken_whenStarted_thenStartUpFailsNamingTheProperty() {
        context.withPropertyValues("tandem.orders.backend=shopify", "tandem.orders.shopify.shop-url=https://lumo.myshopify.com")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("tandem.orders.shopify.access-token"));
    }

    @Test
    void givenPlainHttpToARemoteShop_whenStarted_thenStartUpFailsAskingForHttps() {
        context.withPropertyValues("tandem.orders.backend=shopify", "tandem.orders.shopify.shop-url=http://lumo.myshopify.com",
                        "tandem.orders.shopify.access-token=shpat_1")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("tandem.orders.shopify.shop-url must be an https:// address"));
    }

    @Test
    void givenAnUnknownBackend_whenStarted_thenStartUpFails() {
        context.withPropertyValues("tandem.orders.backend=magento")
                .run(started -> assertThat(started).hasFailed());
    }
}
