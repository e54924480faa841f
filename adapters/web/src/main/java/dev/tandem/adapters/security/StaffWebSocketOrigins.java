package dev.tandem.adapters.security;

import dev.tandem.adapters.error.ApiErrorWriter;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a staff WebSocket handshake sent by a page of another site. Browsers send cookies with any WebSocket
 * handshake and the same-origin policy does not apply to WebSockets, so without this a page anywhere could open
 * the agent stream with the console's session. Allowed: no {@code Origin} (not a browser; it must sign in with
 * HTTP Basic), the server's own origin (as the request's scheme, host and port say, proxy headers included when
 * {@code server.forward-headers-strategy} trusts them), and {@code tandem.security.allowed-origins}. The
 * shopper stream is left alone: shops embed the widget on their own sites and its token is not a cookie.
 */
final class StaffWebSocketOrigins implements WebFilter {

    private static final String SHOPPER_API = "/api/v1/conversations/";

    private final CorsConfiguration allowed = new CorsConfiguration();
    private final ApiErrorWriter errors;

    StaffWebSocketOrigins(List<String> allowedOrigins, ApiErrorWriter errors) {
        this.allowed.setAllowedOrigins(allowedOrigins);
        this.errors = errors;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!isStaffHandshake(request) || !CorsUtils.isCorsRequest(request)
                || allowed.checkOrigin(request.getHeaders().getOrigin()) != null) {
            return chain.filter(exchange);
        }
        return errors.write(exchange, HttpStatus.FORBIDDEN, "forbidden_origin",
                "this stream opens only from Tandem's own pages or an origin in tandem.security.allowed-origins");
    }

    private static boolean isStaffHandshake(ServerHttpRequest request) {
        return request.getMethod() == HttpMethod.GET
                && "websocket".equalsIgnoreCase(request.getHeaders().getUpgrade())
                && !request.getPath().pathWithinApplication().value().startsWith(SHOPPER_API);
    }
}
