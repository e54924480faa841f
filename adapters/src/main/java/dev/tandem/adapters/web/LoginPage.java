package dev.tandem.adapters.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * {@code GET /login}: the agents' sign-in form. It posts to Spring Security's form login with the CSRF
 * token; after signing in the agent lands on the page they asked for, or the console.
 */
@Component
public class LoginPage {

    private static final String TEMPLATE = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Sign in · Tandem</title>
              <link rel="stylesheet" href="/pages.css">
            </head>
            <body class="login-page">
              <main class="login-card">
                <h1>Tandem</h1>
                <p class="login-lead">Sign in to the agent console, the FAQ editor or analytics.</p>
                {notice}
                <form method="post" action="/login" class="login-form">
                  <label for="username">User name</label>
                  <input id="username" name="username" autocomplete="username" required autofocus>
                  <label for="password">Password</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <input type="hidden" name="{csrfName}" value="{csrfValue}">
                  <button type="submit">Sign in</button>
                </form>
              </main>
            </body>
            </html>
            """;

    public Mono<ServerResponse> render(ServerRequest request) {
        Mono<CsrfToken> token = request.exchange().getAttribute(CsrfToken.class.getName());
        String notice = request.queryParam("locked").isPresent()
                ? "<p class=\"notice notice-error\" role=\"alert\">Too many failed sign-ins for this account or from"
                + " this address. Wait a few minutes, then try again.</p>"
                : request.queryParam("error").isPresent()
                ? "<p class=\"notice notice-error\" role=\"alert\">Wrong user name or password.</p>"
                : request.queryParam("logout").isPresent()
                ? "<p class=\"notice\" role=\"status\">You have signed out.</p>" : "";
        return (token == null ? Mono.<CsrfToken>empty() : token)
                .map(csrf -> page(notice, csrf.getParameterName(), csrf.getToken()))
                .defaultIfEmpty(page(notice, "_csrf", ""))
                .flatMap(html -> ServerResponse.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore())
                        .bodyValue(html));
    }

    private static String page(String notice, String csrfName, String csrfValue) {
        return TEMPLATE.replace("{notice}", notice)
                .replace("{csrfName}", HtmlUtils.htmlEscape(csrfName))
                .replace("{csrfValue}", HtmlUtils.htmlEscape(csrfValue));
    }
}
