package dev.tandem.adapters.web;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * CSRF tokens for the pages: the server-rendered login form carries the masked (BREACH-safe) token, while
 * the console's scripts echo the raw {@code XSRF-TOKEN} cookie in the {@code X-XSRF-TOKEN} header. A request
 * with that header is checked against the raw value, any other against the masked one.
 */
public final class SpaCsrfTokenRequestHandler implements ServerCsrfTokenRequestHandler {

    private final ServerCsrfTokenRequestHandler masked = new XorServerCsrfTokenRequestAttributeHandler();
    private final ServerCsrfTokenRequestHandler raw = new ServerCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(ServerWebExchange exchange, Mono<CsrfToken> csrfToken) {
        masked.handle(exchange, csrfToken);
    }

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
        boolean fromScript = exchange.getRequest().getHeaders().containsHeader(csrfToken.getHeaderName());
        return (fromScript ? raw : masked).resolveCsrfTokenValue(exchange, csrfToken);
    }
}
