package dev.tandem.adapters.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.error.ApiErrorWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

class ShopperRateLimitFilterTest {

    private final AtomicInteger passed = new AtomicInteger();
    private final WebFilterChain chain = exchange -> {
        passed.incrementAndGet();
        return Mono.empty();
    };

    @Test
    void givenOneAddressSendingTenThousandMadeUpIdsOf3000Characters_whenPerIpIsOff_thenEachIs400AndNothingIsRemembered() {
        ShopperRateLimitFilter filter = filter(false, 100, 100, 100);
        Random random = new Random(20);
        String padding = madeUpId(random, 2_990);

        for (int i = 0; i < 10_000; i++) {
            MockServerWebExchange refused = post(filter, "/api/v1/conversations/" + padding + i + "/messages",
                    "203.0.113.5");
            assertThat(refused.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        }

        assertThat(passed).as("no made-up id reaches security or the controllers").hasValue(0);
        assertThat(filter.addresses()).isZero();
        assertThat(post(filter, "/api/v1/conversations/" + madeUpId(random, 36) + "/messages", "203.0.113.5")
                .getResponse().getStatusCode()).as("an id as long as a UUID goes on").isNull();
    }

    @Test
    void givenAMadeUpIdTooLong_whenRefused_thenTheAnswerIsTheApiErrorFormat() {
        MockServerWebExchange refused = post(filter(true, 100, 100, 100),
                "/api/v1/conversations/" + "a".repeat(37) + "/messages", "203.0.113.5");

        assertThat(refused.getResponse().getBodyAsString().block()).isEqualTo(
                "{\"error\":\"invalid_conversation_id\",\"message\":\"a conversation id is at most 36 characters long\"}");
    }

    @Test
    void givenPerIpLimitsOn_whenOneAddressFloodsMadeUpIds_thenItsAddressLimitAnswersFirstWithOneBucket() {
        ShopperRateLimitFilter filter = filter(true, 100, 5, 100);
        for (int i = 0; i < 5; i++) {
            assertThat(post(filter, "/api/v1/conversations/" + "x".repeat(3_000) + i + "/messages", "198.51.100.7")
                    .getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        }

        assertThat(post(filter, "/api/v1/conversations/" + "x".repeat(3_000) + "/messages", "198.51.100.7")
                .getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(filter.addresses()).isOne();
    }

    @Test
    void givenOneAddressWritingToManyConversations_whenOverTheAddressLimit_then429UnlessPerIpLimitsAreOff() {
        ShopperRateLimitFilter limited = filter(true, 100, 5, 100);
        ShopperRateLimitFilter unlimited = filter(false, 100, 5, 100);
        for (int i = 0; i < 5; i++) {
            post(limited, "/api/v1/conversations/c-" + i + "/rating", "198.51.100.7");
            post(unlimited, "/api/v1/conversations/c-" + i + "/messages", "198.51.100.7");
        }

        assertThat(post(limited, "/api/v1/conversations/c-9/messages", "198.51.100.7").getResponse().getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(post(limited, "/api/v1/conversations/c-9/messages", "198.51.100.8").getResponse().getStatusCode())
                .as("another address has its own budget").isNull();
        assertThat(post(unlimited, "/api/v1/conversations/c-9/messages", "198.51.100.7").getResponse().getStatusCode()).isNull();
    }

    @Test
    void givenOneAddressOpeningConversations_whenOverItsLimit_then429AndReadsAreNeverLimited() {
        ShopperRateLimitFilter filter = filter(true, 100, 100, 2);
        post(filter, "/api/v1/conversations", "192.0.2.1");
        post(filter, "/api/v1/conversations", "192.0.2.1");

        assertThat(post(filter, "/api/v1/conversations", "192.0.2.1").getResponse().getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        for (int i = 0; i < 10; i++) {
            MockServerWebExchange read = MockServerWebExchange.from(MockServerHttpRequest
                    .get("/api/v1/conversations/c-1/messages").remoteAddress(new InetSocketAddress("192.0.2.1", 4000)));
            filter.filter(read, chain).block();
            assertThat(read.getResponse().getStatusCode()).isNull();
        }
    }

    private static String madeUpId(Random random, int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append((char) ('a' + random.nextInt(26)));
        }
        return id.toString();
    }

    private MockServerWebExchange post(ShopperRateLimitFilter filter, String path, String address) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post(path)
                .remoteAddress(new InetSocketAddress(address, 40000)));
        filter.filter(exchange, chain).block();
        return exchange;
    }

    private static ShopperRateLimitFilter filter(boolean perIp, int perConversation, int perIpMessages, int perIpConversations) {
        TandemProperties properties = new TandemProperties(Path.of("data"), null, List.of(), null, true, null, null,
                new TandemProperties.RateLimit(perIp, perConversation, perIpMessages, perIpConversations),
                java.time.Duration.ZERO);
        return new ShopperRateLimitFilter(properties, new ApiErrorWriter(new JsonMapper()));
    }
}
