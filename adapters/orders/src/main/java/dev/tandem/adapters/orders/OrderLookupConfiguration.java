package dev.tandem.adapters.orders;

import dev.tandem.bot.orders.port.OrderLookup;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Chooses the order system by {@code tandem.orders.backend}: the embedded demo store (default), WooCommerce or
 * Shopify. Exactly one {@link OrderLookup} bean, timed per call where the server has metrics
 * ({@link MeteredOrderLookup}); a chosen backend without its address or credentials stops start-up with the name
 * of the missing property ({@link OrderLookupProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrderLookupProperties.class)
public class OrderLookupConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OrderLookupConfiguration.class);

    @Bean
    OrderLookup orderLookup(OrderLookupProperties properties, ObjectProvider<DatabaseClient> database,
                            ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> metrics) {
        OrderLookup lookup = switch (properties.backend()) {
            case DEMO -> new DemoStoreOrderLookup(database.getObject(), clock.getIfAvailable(Clock::systemUTC),
                    properties.zone());
            case WOOCOMMERCE -> new WooCommerceOrderLookup(properties);
            case SHOPIFY -> new ShopifyOrderLookup(properties);
        };
        log.info("Order lookup: {}", switch (properties.backend()) {
            case DEMO -> "embedded demo store";
            case WOOCOMMERCE -> "WooCommerce at " + properties.woocommerce().baseUrl();
            case SHOPIFY -> "Shopify at " + properties.shopify().shopUrl();
        });
        MeterRegistry registry = metrics.getIfAvailable();
        return registry == null ? lookup
                : new MeteredOrderLookup(lookup, properties.backend().name().toLowerCase(Locale.ROOT), registry);
    }
}
