package dev.tandem.adapters.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web pages. Static files under {@code static/} are served by Spring Boot as they are ({@code /} is the
 * demo shop, {@code /widget.js} the chat widget); this maps the pages that need a route: the agent console,
 * the editor page, the analytics page, and the sign-in page, which is rendered here because it carries the
 * CSRF token.
 */
@Configuration(proxyBeanMethods = false)
public class PageRoutes {

    public static final String LOGIN = "/login";
    public static final String CONSOLE = "/console";
    public static final String EDITOR = "/editor";
    public static final String ANALYTICS = "/analytics";

    private static final Resource CONSOLE_PAGE = new ClassPathResource("static/console/index.html");
    private static final Resource EDITOR_PAGE = new ClassPathResource("static/editor/index.html");
    private static final Resource ANALYTICS_PAGE = new ClassPathResource("static/analytics/index.html");

    @Bean
    RouterFunction<ServerResponse> pageRouter(LoginPage loginPage) {
        return page(CONSOLE, CONSOLE_PAGE)
                .and(page(EDITOR, EDITOR_PAGE))
                .and(page(ANALYTICS, ANALYTICS_PAGE))
                .andRoute(GET(LOGIN), loginPage::render);
    }

    /** A page at {@code path}, never cached; {@code path/} redirects to it. */
    private static RouterFunction<ServerResponse> page(String path, Resource html) {
        return RouterFunctions.route(GET(path), request -> ServerResponse.ok()
                        .contentType(MediaType.TEXT_HTML)
                        .cacheControl(CacheControl.noStore())
                        .bodyValue(html))
                .andRoute(GET(path + "/"), request -> ServerResponse.permanentRedirect(
                        request.uriBuilder().replacePath(path).replaceQuery(null).build()).build());
    }
}
