package dev.tandem.adapters.security;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Shops may show the chat widget inside a frame of their own pages: the widget's files and the demo shop page
 * carry {@code frame-ancestors} from {@code tandem.security.frame-ancestors} (default {@code 'self'}) instead
 * of the staff pages' {@code 'none'}, and no {@code X-Frame-Options}, which would forbid every frame. Runs
 * after Spring Security's header writer, just before the response is committed.
 */
@Component
public class WidgetFraming implements WebFilter, Ordered {

    private static final List<PathPattern> WIDGET = List.of("/", "/index.html", "/widget.js", "/widget/**").stream()
            .map(PathPatternParser.defaultInstance::parse).toList();
    private static final String STAFF_FRAMING = "frame-ancestors 'none'";

    private final String framing;

    public WidgetFraming(SecurityProperties properties) {
        this.framing = "frame-ancestors " + properties.frameAncestors().strip();
    }

    /** After the security chain (-100), so its headers are written first and adjusted here. */
    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (WIDGET.stream().anyMatch(pattern -> pattern.matches(path))) {
            exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> {
                var headers = exchange.getResponse().getHeaders();
                String policy = headers.getFirst("Content-Security-Policy");
                if (policy != null) {
                    headers.set("Content-Security-Policy", policy.replace(STAFF_FRAMING, framing));
                }
                headers.remove("X-Frame-Options");
            }));
        }
        return chain.filter(exchange);
    }
}
