package dev.tandem.adapters.logging;

import io.micrometer.context.ContextRegistry;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Puts the request id and the conversation id (when the path names one) into every log line written while a
 * request is served, on whichever thread: they travel in the Reactor context, and Micrometer's context
 * propagation ({@code spring.reactor.context-propagation=auto}) copies them into the MDC around each step. A
 * request id from the load balancer ({@code X-Request-Id}) is kept so its access log and ours match; the answer
 * carries the id back. At DEBUG, logger {@code dev.tandem.adapters.logging.RequestLogContext} writes one line per
 * request (an access log).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLogContext implements WebFilter {

    public static final String REQUEST_ID = "requestId";
    public static final String CONVERSATION_ID = "conversationId";
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    private static final Logger LOG = LoggerFactory.getLogger(RequestLogContext.class);
    /** Only ids that cannot forge a log line or flood it. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern CONVERSATION_PATH = Pattern.compile("^/api/v1/(?:agent/)?conversations/([^/]+)");

    public RequestLogContext() {
        for (String key : new String[] {REQUEST_ID, CONVERSATION_ID}) {
            ContextRegistry.getInstance().registerThreadLocalAccessor(key, () -> MDC.get(key),
                    value -> MDC.put(key, value), () -> MDC.remove(key));
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = Optional.ofNullable(exchange.getRequest().getHeaders().getFirst(REQUEST_ID_HEADER))
                .filter(header -> SAFE_ID.matcher(header).matches())
                .orElseGet(() -> exchange.getRequest().getId());
        Optional<String> conversationId = conversationOf(exchange.getRequest().getPath().pathWithinApplication().value());
        exchange.getResponse().getHeaders().set(REQUEST_ID_HEADER, requestId);
        long started = System.nanoTime();
        return chain.filter(exchange)
                .doOnSuccess(done -> LOG.debug("{} {} answered {} in {} ms", exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath(), exchange.getResponse().getStatusCode(),
                        (System.nanoTime() - started) / 1_000_000))
                .contextWrite(context -> withIds(context, requestId, conversationId));
    }

    private static Context withIds(Context context, String requestId, Optional<String> conversationId) {
        Context withRequest = context.put(REQUEST_ID, requestId);
        return conversationId.map(id -> withRequest.put(CONVERSATION_ID, id)).orElse(withRequest);
    }

    static Optional<String> conversationOf(String path) {
        Matcher conversation = CONVERSATION_PATH.matcher(path);
        return conversation.find() && SAFE_ID.matcher(conversation.group(1)).matches()
                ? Optional.of(conversation.group(1)) : Optional.empty();
    }
}
