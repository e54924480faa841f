package dev.tandem.adapters.ratelimit;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.error.ApiErrorWriter;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Limits what shoppers can send, before any work is done: conversations opened per client address, and
 * messages (and ratings) per client address and per conversation. Over the limit the answer is {@code 429}
 * with {@code Retry-After} in seconds. This also caps guessing at order verification, which happens through
 * messages. The client address is the connection's, or the forwarded one when
 * {@code server.forward-headers-strategy} says the proxy in front can be trusted.
 */
@Component
public class ShopperRateLimitFilter implements WebFilter, Ordered {

    private static final PathPattern CONVERSATIONS = PathPatternParser.defaultInstance.parse("/api/v1/conversations");
    private static final PathPattern WRITES = PathPatternParser.defaultInstance.parse("/api/v1/conversations/{id}/{action}");
    private static final List<String> LIMITED_ACTIONS = List.of("messages", "rating");

    private final boolean perIp;
    private final Buckets conversationsPerIp;
    private final Buckets messagesPerIp;
    private final Buckets messagesPerConversation;
    private final ApiErrorWriter errors;

    public ShopperRateLimitFilter(TandemProperties properties, ApiErrorWriter errors) {
        TandemProperties.RateLimit limits = properties.rateLimit();
        this.perIp = limits.perIp();
        this.conversationsPerIp = new Buckets(limits.ipConversationsPerMinute(), System::nanoTime);
        this.messagesPerIp = new Buckets(limits.ipMessagesPerMinute(), System::nanoTime);
        this.messagesPerConversation = new Buckets(limits.conversationMessagesPerMinute(), System::nanoTime);
        this.errors = errors;
    }

    /** Before security and the controllers: a limited request costs nothing more. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getMethod() != HttpMethod.POST) {
            return chain.filter(exchange);
        }
        var path = exchange.getRequest().getPath().pathWithinApplication();
        Optional<ConsumptionProbe> refused = Optional.empty();
        if (CONVERSATIONS.matches(path)) {
            refused = perIp ? refusal(conversationsPerIp, "ip:" + client(exchange)) : Optional.empty();
        } else {
            PathPattern.PathMatchInfo match = WRITES.matchAndExtract(path);
            if (match != null && LIMITED_ACTIONS.contains(match.getUriVariables().get("action"))) {
                refused = refusal(messagesPerConversation, "conversation:" + match.getUriVariables().get("id"))
                        .or(() -> perIp ? refusal(messagesPerIp, "ip:" + client(exchange)) : Optional.empty());
            }
        }
        if (refused.isEmpty()) {
            return chain.filter(exchange);
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(refused.get().getNanosToWaitForRefill()) + 1);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return errors.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
                "too many requests; try again in " + seconds + " s");
    }

    private static Optional<ConsumptionProbe> refusal(Buckets buckets, String key) {
        ConsumptionProbe probe = buckets.take(key);
        return probe.isConsumed() ? Optional.empty() : Optional.of(probe);
    }

    private static String client(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
