package dev.tandem.adapters.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    /** Read once, with their shared head and header parts put in ({@link StaffPages}). */
    private static final String CONSOLE_PAGE = StaffPages.page("console/index.html");
    private static final String EDITOR_PAGE = StaffPages.page("editor/index.html");
    private static final String ANALYTICS_PAGE = StaffPages.page("analytics/index.html");

    @Bean
    RouterFunction<ServerResponse> pageRouter(LoginPage loginPage) {
        return page(CONSOLE, CONSOLE_PAGE)
                .and(page(EDITOR, EDITOR_PAGE))
                .and(page(ANALYTICS, ANALYTICS_PAGE))
                .andRoute(GET(LOGIN), loginPage::render);
    }

    /** A page at {@code path}, never cached; {@code path/} redirects to it. */
    private static RouterFunction<ServerResponse> page(String path, String html) {
        return RouterFunctions.route(GET(path), request -> ServerResponse.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore())
                        .bodyValue(html))
                .andRoute(GET(path + "/"), request -> ServerResponse.permanentRedirect(
                        request.uriBuilder().replacePath(path).replaceQuery(null).build()).build());
    }
}
