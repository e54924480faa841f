package dev.tandem.adapters.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes sure a page that posts back (the login form, the agent console) has its CSRF token: Spring Security
 * creates the token, and so the {@code XSRF-TOKEN} cookie, only when someone asks for it. API calls never
 * get a cookie from here.
 */
public final class CsrfCookieWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null || !isPage(exchange)) {
            return chain.filter(exchange);
        }
        return token.then(chain.filter(exchange));
    }

    private static boolean isPage(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return HttpMethod.GET.equals(exchange.getRequest().getMethod())
                && (path.equals(PageRoutes.LOGIN) || path.equals(PageRoutes.CONSOLE));
    }
}
