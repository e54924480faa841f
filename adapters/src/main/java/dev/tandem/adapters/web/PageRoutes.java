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
 * demo shop, {@code /widget.js} the chat widget); this maps the pages that need a route: the agent console
 * and the sign-in page, which is rendered here because it carries the CSRF token.
 */
@Configuration(proxyBeanMethods = false)
public class PageRoutes {

    public static final String LOGIN = "/login";
    public static final String CONSOLE = "/console";

    private static final Resource CONSOLE_PAGE = new ClassPathResource("static/console/index.html");

    @Bean
    RouterFunction<ServerResponse> pageRouter(LoginPage loginPage) {
        return RouterFunctions.route(GET(CONSOLE), request -> ServerResponse.ok()
                        .contentType(MediaType.TEXT_HTML)
                        .cacheControl(CacheControl.noStore())
                        .bodyValue(CONSOLE_PAGE))
                .andRoute(GET(CONSOLE + "/"), request -> ServerResponse.permanentRedirect(
                        request.uriBuilder().replacePath(CONSOLE).replaceQuery(null).build()).build())
                .andRoute(GET(LOGIN), loginPage::render);
    }
}
