package dev.tandem.adapters.orders;

import java.net.URI;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * The {@code tandem.orders.*} settings: which order system the bot asks, and how patiently.
 *
 * @param backend        {@code demo} (the embedded demo store, default), {@code woocommerce} or {@code shopify}
 * @param timeout        how long one HTTP call may take (connect + response), before it counts as failed
 * @param retries        how many times a failed read (5xx, timeout, connection refused) is retried; never on 4xx
 * @param retryBackoff   the first back-off; doubled at each retry (with jitter)
 * @param returnWindow   days from delivery within which a return can be started (the shop's policy: 30 days)
 * @param zone           the shop's time zone: what "today" and a delivery date mean
 * @param circuitBreaker when to stop calling a failing backend for a while
 * @param woocommerce    WooCommerce REST API v3 access
 * @param shopify        Shopify Admin API access
 */
@ConfigurationProperties("tandem.orders")
public record OrderLookupProperties(
        @DefaultValue("demo") Backend backend,
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("2") int retries,
        @DefaultValue("200ms") Duration retryBackoff,
        @DefaultValue("30d") Period returnWindow,
        @DefaultValue("Europe/Warsaw") ZoneId zone,
        @DefaultValue CircuitBreaker circuitBreaker,
        @DefaultValue WooCommerce woocommerce,
        @DefaultValue Shopify shopify) {

    public enum Backend { DEMO, WOOCOMMERCE, SHOPIFY }

    /** Fails start-up with the name of the first missing or invalid property for the chosen backend. */
    public OrderLookupProperties {
        Assert.isTrue(!timeout.isNegative() && !timeout.isZero(), "tandem.orders.timeout must be positive");
        Assert.isTrue(retries >= 0, "tandem.orders.retries must be 0 or more");
        switch (backend) {
            case WOOCOMMERCE -> {
                requireHttpsUrl(woocommerce.baseUrl(), "tandem.orders.woocommerce.base-url", "woocommerce");
                requireText(woocommerce.consumerKey(), "tandem.orders.woocommerce.consumer-key", "woocommerce");
                requireText(woocommerce.consumerSecret(), "tandem.orders.woocommerce.consumer-secret", "woocommerce");
            }
            case SHOPIFY -> {
                requireHttpsUrl(shopify.shopUrl(), "tandem.orders.shopify.shop-url", "shopify");
                requireText(shopify.accessToken(), "tandem.orders.shopify.access-token", "shopify");
            }
            case DEMO -> {
            }
        }
    }

    /**
     * @param failureRate  percentage of failed calls (among the last {@code window}) that opens the circuit
     * @param window       how many recent calls the failure rate is computed over
     * @param minimumCalls calls needed before the failure rate counts
     * @param openFor      how long an open circuit fails calls at once before letting a trial call through
     */
    public record CircuitBreaker(@DefaultValue("50") float failureRate,
                                 @DefaultValue("10") int window,
                                 @DefaultValue("5") int minimumCalls,
                                 @DefaultValue("30s") Duration openFor) {
    }

    /**
     * @param baseUrl        the shop's address, e.g. {@code https://shop.example.com} (the API is under /wp-json/wc/v3)
     * @param consumerKey    REST API key ({@code ck_…}), sent as HTTP Basic user
     * @param consumerSecret REST API secret ({@code cs_…}), sent as HTTP Basic password
     */
    public record WooCommerce(URI baseUrl, String consumerKey, String consumerSecret) {

        @Override
        public String toString() {
            return "WooCommerce[baseUrl=" + baseUrl + ", consumerKey=" + consumerKey + ", consumerSecret=***]";
        }
    }

    /**
     * @param shopUrl     e.g. {@code https://lumo.myshopify.com}
     * @param accessToken an Admin API access token ({@code shpat_…}) with read_orders and write_orders
     * @param apiVersion  the Admin API version in the path
     */
    public record Shopify(URI shopUrl, String accessToken, @DefaultValue("2024-10") String apiVersion) {

        @Override
        public String toString() {
            return "Shopify[shopUrl=" + shopUrl + ", apiVersion=" + apiVersion + ", accessToken=***]";
        }
    }

    private static void requireText(String value, String property, String backend) {
        Assert.isTrue(value != null && !value.isBlank(), property + " must be set when tandem.orders.backend=" + backend);
    }

    /** Credentials travel as HTTP Basic or a header: only over HTTPS, except to this machine (local stubs). */
    private static void requireHttpsUrl(URI url, String property, String backend) {
        Assert.isTrue(url != null && url.getHost() != null,
                property + " must be set to the shop's https:// address when tandem.orders.backend=" + backend);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        Assert.isTrue(scheme.equals("https") || scheme.equals("http") && isLoopback(url.getHost()),
                property + " must be an https:// address (credentials are sent with every request), was " + url);
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }
}
