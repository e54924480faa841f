package dev.tandem.adapters.ratelimit;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.error.ApiErrorWriter;
import dev.tandem.adapters.http.ClientAddress;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Limits what shoppers can send, before any work is done: conversations opened per client address, and
 * messages, files, ratings, callback requests and resumed chats per client address. Over the limit the answer is
 * {@code 429} with {@code Retry-After}
 * in seconds. A conversation id longer than any id Tandem hands out is refused here with {@code 400}, before
 * it costs a lookup. The per-conversation limit is not here: it needs the token checked first
 * ({@link ConversationTurnLimit}). The client address is {@link ClientAddress}'s.
 */
@Component
public class ShopperRateLimitFilter implements WebFilter, Ordered {

    private static final PathPattern CONVERSATIONS = PathPatternParser.defaultInstance.parse("/api/v1/conversations");
    private static final PathPattern WRITES = PathPatternParser.defaultInstance.parse("/api/v1/conversations/{id}/{action}");
    private static final PathPattern ONE_CONVERSATION = PathPatternParser.defaultInstance.parse("/api/v1/conversations/{id}/**");
    private static final List<String> LIMITED_ACTIONS = List.of("messages", "rating", "attachments", "callback", "resume");
    /** Conversation ids are UUIDs: 36 characters. */
    static final int MAX_ID_LENGTH = 36;

    private final boolean perIp;
    private final Buckets conversationsPerIp;
    private final Buckets messagesPerIp;
    private final ApiErrorWriter errors;

    public ShopperRateLimitFilter(TandemProperties properties, ApiErrorWriter errors) {
        TandemProperties.RateLimit limits = properties.rateLimit();
        this.perIp = limits.perIp();
        this.conversationsPerIp = new Buckets(limits.ipConversationsPerMinute(), System::nanoTime);
        this.messagesPerIp = new Buckets(limits.ipMessagesPerMinute(), System::nanoTime);
        this.errors = errors;
    }

    /** Before security and the controllers: a limited request costs nothing more. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        Optional<ConsumptionProbe> refused = perIp ? perAddressRefusal(exchange, path) : Optional.empty();
        if (refused.isPresent()) {
            return errors.tooManyRequests(exchange, Duration.ofNanos(refused.get().getNanosToWaitForRefill()));
        }
        PathPattern.PathMatchInfo conversation = ONE_CONVERSATION.matchAndExtract(path);
        if (conversation != null && conversation.getUriVariables().get("id").length() > MAX_ID_LENGTH) {
            return errors.write(exchange, HttpStatus.BAD_REQUEST, "invalid_conversation_id",
                    "a conversation id is at most " + MAX_ID_LENGTH + " characters long");
        }
        return chain.filter(exchange);
    }

    /** Opening a conversation, or writing a message or rating: one token from the client address's budget. */
    private Optional<ConsumptionProbe> perAddressRefusal(ServerWebExchange exchange, PathContainer path) {
        if (exchange.getRequest().getMethod() != HttpMethod.POST) {
            return Optional.empty();
        }
        if (CONVERSATIONS.matches(path)) {
            return refusal(conversationsPerIp, client(exchange));
        }
        PathPattern.PathMatchInfo write = WRITES.matchAndExtract(path);
        if (write != null && LIMITED_ACTIONS.contains(write.getUriVariables().get("action"))) {
            return refusal(messagesPerIp, client(exchange));
        }
        return Optional.empty();
    }

    /** How many client addresses have a bucket now, over both per-address limits. */
    long addresses() {
        return conversationsPerIp.size() + messagesPerIp.size();
    }

    private static Optional<ConsumptionProbe> refusal(Buckets buckets, String key) {
        ConsumptionProbe probe = buckets.take(key);
        return probe.isConsumed() ? Optional.empty() : Optional.of(probe);
    }

    private static String client(ServerWebExchange exchange) {
        return ClientAddress.of(exchange.getRequest());
    }
}
