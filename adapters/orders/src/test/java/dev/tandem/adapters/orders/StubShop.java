package dev.tandem.adapters.orders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** A local stub of a shop API (MockWebServer) serving the recorded payloads under src/test/resources/orders. */
final class StubShop implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** For the tests of a shop that never answers in time: each of their three attempts waits this long. */
    static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);

    static {
        warmUp();
    }

    final MockWebServer server = new MockWebServer();

    StubShop() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url() {
        return URI.create(server.url("/").toString());
    }

    /** Answers with a recorded payload. */
    void json(int code, String resource) {
        answer(code, resource(resource));
    }

    /** Answers with the given JSON text. */
    void answer(int code, String json) {
        server.enqueue(new MockResponse.Builder().code(code)
                .addHeader("Content-Type", "application/json; charset=UTF-8")
                .body(json)
                .build());
    }

    /** Answers each of a lookup's three attempts only after the client's timeout. */
    void slowOnEveryAttempt(String resource) {
        for (int attempt = 0; attempt < 3; attempt++) {
            server.enqueue(new MockResponse.Builder().code(200)
                    .addHeader("Content-Type", "application/json")
                    .body(resource(resource))
                    .headersDelay(TIMEOUT.toMillis() * 4, TimeUnit.MILLISECONDS)
                    .build());
        }
    }

    static String resource(String name) {
        try (InputStream in = StubShop.class.getResourceAsStream("/orders/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /orders/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The production timeout (2 s: the first call of a JVM is slow on a busy machine), quick back-off, and a circuit that opens after 3 failed calls in a row. */
    static OrderLookupProperties properties(OrderLookupProperties.Backend backend, URI url) {
        return properties(backend, url, TIMEOUT);
    }

    /**
     * The first HTTP call of a JVM starts the client (Netty, codecs); on a busy machine that alone can outlast the
     * timeout under test, and the stub's one answer is then gone before the retry. One patient call pays for it
     * before the first test's call, whichever test class runs first.
     */
    private static void warmUp() {
        try (StubShop shop = new StubShop()) {
            shop.json(404, "woocommerce/error-404-invalid-id.json");
            new WooCommerceOrderLookup(properties(OrderLookupProperties.Backend.WOOCOMMERCE, shop.url(),
                    Duration.ofSeconds(60))).find("1").blockOptional();
        }
    }

    static OrderLookupProperties properties(OrderLookupProperties.Backend backend, URI url, Duration timeout) {
        return new OrderLookupProperties(backend, timeout, 2, Duration.ofMillis(20), Period.ofDays(30),
                ZoneId.of("Europe/Warsaw"),
                new OrderLookupProperties.CircuitBreaker(50, 4, 3, Duration.ofMinutes(1)),
                new OrderLookupProperties.WooCommerce(url, "ck_test_4f2a", "cs_test_9b7c"),
                new OrderLookupProperties.Shopify(url, "shpat_test_1e5d", "2024-10"));
    }

    @Override
    public void close() {
        server.close();
    }
}
