package dev.tandem.adapters.web;

import dev.tandem.intents.Language;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
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
 * token; after signing in the agent lands on the page they asked for, or the console. It speaks the four
 * languages of Tandem: {@code ?lang=} (the links at the bottom), else the browser's Accept-Language, else English.
 */
@Component
public class LoginPage {

    private static final String TEMPLATE = """
            <!doctype html>
            <html lang="{lang}">
            <head>
            {head}
              <title>{title} · Tandem</title>
              <link rel="stylesheet" href="/pages.css">
            </head>
            <body class="login-page">
              <main class="login-card">
                <h1>Tandem</h1>
                <p class="login-lead">{lead}</p>
                {notice}
                <form method="post" action="/login" class="login-form">
                  <label for="username">{user}</label>
                  <input id="username" name="username" autocomplete="username" required autofocus>
                  <label for="password">{password}</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <input type="hidden" name="{csrfName}" value="{csrfValue}">
                  <button type="submit">{title}</button>
                </form>
                <nav class="login-languages" aria-label="Language">{languages}</nav>
              </main>
            </body>
            </html>
            """;

    /** The page's words in one language, kept as data in {@code web/login_<language>.properties}. */
    record Words(String title, String lead, String user, String password, String locked, String wrong,
                 String signedOut) {

        static Words in(Language language) {
            ResourceBundle words = ResourceBundle.getBundle("web/login", Locale.forLanguageTag(language.code()));
            return new Words(words.getString("title"), words.getString("lead"), words.getString("user"),
                    words.getString("password"), words.getString("locked"), words.getString("wrong"),
                    words.getString("signed-out"));
        }
    }

    /** The staff pages' shared head ({@link StaffPages}). */
    private static final String HEAD = StaffPages.part("staff/head.html", "  ");

    static final Map<Language, Words> WORDS = Arrays.stream(Language.values())
            .collect(Collectors.toUnmodifiableMap(language -> language, Words::in));

    private static final Map<Language, String> NAMES = Map.of(Language.EN, "English", Language.RU, "Русский",
            Language.UK, "Українська", Language.PL, "Polski");

    public Mono<ServerResponse> render(ServerRequest request) {
        Mono<CsrfToken> token = request.exchange().getAttribute(CsrfToken.class.getName());
        Language language = languageOf(request);
        Words words = WORDS.get(language);
        String notice = request.queryParam("locked").isPresent()
                ? "<p class=\"notice notice-error\" role=\"alert\">" + HtmlUtils.htmlEscape(words.locked()) + "</p>"
                : request.queryParam("error").isPresent()
                ? "<p class=\"notice notice-error\" role=\"alert\">" + HtmlUtils.htmlEscape(words.wrong()) + "</p>"
                : request.queryParam("logout").isPresent()
                ? "<p class=\"notice\" role=\"status\">" + HtmlUtils.htmlEscape(words.signedOut()) + "</p>" : "";
        return (token == null ? Mono.<CsrfToken>empty() : token)
                .map(csrf -> page(language, notice, csrf.getParameterName(), csrf.getToken()))
                .defaultIfEmpty(page(language, notice, "_csrf", ""))
                .flatMap(html -> ServerResponse.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore())
                        .bodyValue(html));
    }

    /** {@code ?lang=}, else the first of the browser's languages Tandem speaks, else English. */
    static Language languageOf(ServerRequest request) {
        Optional<Language> asked = request.queryParam("lang").flatMap(Language::fromCode);
        if (asked.isPresent()) {
            return asked.get();
        }
        try {
            return request.headers().acceptLanguage().stream()
                    .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                    .map(range -> Language.fromCode(range.getRange()))
                    .flatMap(Optional::stream).findFirst().orElse(Language.EN);
        } catch (IllegalArgumentException unreadable) {
            return Language.EN;
        }
    }

    private static String page(Language language, String notice, String csrfName, String csrfValue) {
        Words words = WORDS.get(language);
        String languages = Arrays.stream(Language.values())
                .map(other -> other == language
                        ? "<span aria-current=\"true\" lang=\"" + other.code() + "\">" + NAMES.get(other) + "</span>"
                        : "<a href=\"/login?lang=" + other.code() + "\" lang=\"" + other.code() + "\" hreflang=\""
                        + other.code() + "\">" + NAMES.get(other) + "</a>")
                .collect(Collectors.joining(" "));
        return TEMPLATE.replace("{head}", HEAD).replace("{lang}", language.code())
                .replace("{title}", HtmlUtils.htmlEscape(words.title()))
                .replace("{lead}", HtmlUtils.htmlEscape(words.lead()))
                .replace("{user}", HtmlUtils.htmlEscape(words.user()))
                .replace("{password}", HtmlUtils.htmlEscape(words.password()))
                .replace("{languages}", languages)
                .replace("{notice}", notice)
                .replace("{csrfName}", HtmlUtils.htmlEscape(csrfName))
                .replace("{csrfValue}", HtmlUtils.htmlEscape(csrfValue));
    }
}
