package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The pages' sign-in session next to the API's own credentials: the console signs in with a form and a CSRF
 * token, its session works on the agent API with CSRF for changes, and Basic callers and shoppers keep
 * working exactly as before, with API errors in JSON and never a redirect.
 */
class ConsoleSessionSecurityTest extends RunningServerTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private record Session(String session, String xsrf) {
    }

    private Session signIn(String user, String password) {
        EntityExchangeResult<String> page = http.get().uri("/login").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        ResponseCookie xsrf = page.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(xsrf).as("the CSRF cookie of the sign-in page").isNotNull();
        Matcher field = CSRF_FIELD.matcher(page.getResponseBody());
        assertThat(field.find()).as("the CSRF field of the sign-in form").isTrue();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", password);
        form.add("_csrf", field.group(1));
        EntityExchangeResult<byte[]> signedIn = http.post().uri("/login").cookie("XSRF-TOKEN", xsrf.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().is3xxRedirection().expectBody().returnResult();
        assertThat(signedIn.getResponseHeaders().getLocation()).as("each lands on their own page")
                .hasToString("editor".equals(user) ? "/editor" : "/console");
        ResponseCookie session = signedIn.getResponseCookies().getFirst("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        ResponseCookie fresh = signedIn.getResponseCookies().getFirst("XSRF-TOKEN");
        return new Session(session.getValue(), fresh != null && !fresh.getValue().isEmpty() ? fresh.getValue() : xsrf.getValue());
    }

    @Test
    void givenNoSession_whenTheConsoleIsOpened_thenTheSignInPageAndTheApiStillAnswers401Json() {
        http.get().uri("/console").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().is3xxRedirection().expectHeader().location("/login");
        http.get().uri("/api/v1/agent/queue").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isEqualTo("unauthorized");
        http.get().uri("/login").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("script-src 'self'"));
    }

    @Test
    void givenConsoleSession_whenTheAgentApiIsCalled_thenReadsWorkAndChangesNeedTheCsrfHeader() {
        Session agent = signIn("agent", "agent-pass");

        http.get().uri("/console").cookie("SESSION", agent.session()).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        http.get().uri("/api/v1/agent/me").cookie("SESSION", agent.session()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("agent");
        http.put().uri("/api/v1/agent/presence").cookie("SESSION", agent.session())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "away")).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.error").isEqualTo("forbidden");
        http.put().uri("/api/v1/agent/presence").cookie("SESSION", agent.session()).cookie("XSRF-TOKEN", agent.xsrf())
                .header("X-XSRF-TOKEN", agent.xsrf())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "away")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.presence").isEqualTo("AWAY");

        http.post().uri("/logout").cookie("SESSION", agent.session()).cookie("XSRF-TOKEN", agent.xsrf())
                .header("X-XSRF-TOKEN", agent.xsrf()).exchange().expectStatus().is3xxRedirection();
        http.get().uri("/api/v1/agent/me").cookie("SESSION", agent.session()).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void givenBasicCallerOrShopper_whenTheyChangeThings_thenNoCsrfTokenIsAsked() {
        http.put().uri("/api/v1/agent/presence").headers(h -> h.setBasicAuth("olek", "olek-pass"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "offline")).exchange()
                .expectStatus().isOk();
        http.post().uri("/api/v1/conversations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("locale", "en")).exchange().expectStatus().isCreated();
    }

    @Test
    void givenWrongPasswordOrNoCsrf_whenSigningIn_thenRefused() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", "agent");
        form.add("password", "agent-pass");
        http.post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().isForbidden();

        EntityExchangeResult<String> page = http.get().uri("/login").exchange().expectBody(String.class).returnResult();
        Matcher field = CSRF_FIELD.matcher(page.getResponseBody());
        assertThat(field.find()).isTrue();
        form.set("password", "wrong");
        form.add("_csrf", field.group(1));
        http.post().uri("/login").cookie("XSRF-TOKEN", page.getResponseCookies().getFirst("XSRF-TOKEN").getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().is3xxRedirection().expectHeader().location("/login?error");
    }

    @Test
    void givenEditorSession_whenTheConsoleIsOpened_then403() {
        Session editor = signIn("editor", "editor-pass");

        http.get().uri("/console").cookie("SESSION", editor.session()).exchange().expectStatus().isForbidden();
        http.get().uri("/api/v1/agent/queue").cookie("SESSION", editor.session()).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.error").isEqualTo("forbidden");
    }

    @Test
    void givenShopOnAnotherOrigin_whenTheWidgetCallsTheShopperApi_thenCorsAllowsItButNotTheAgentApi() {
        http.options().uri("/api/v1/conversations")
                .header(HttpHeaders.ORIGIN, "https://shop.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://shop.example");
        http.get().uri("/widget/app.js").header(HttpHeaders.ORIGIN, "https://shop.example").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://shop.example");
        http.options().uri("/api/v1/agent/queue")
                .header(HttpHeaders.ORIGIN, "https://shop.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
