package dev.tandem.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Password guessing is slowed down: after 5 wrong passwords for one user name from one address (20 from one
 * address over all names) that name is refused there for a while — even with the right password — over HTTP
 * Basic (429 with Retry-After) and on the sign-in form (back to the form with a clear notice). Other accounts are
 * not affected, and an admin can lift an account's locks. (That other addresses are not affected is
 * {@code LoginThrottleTest}'s: every request here comes from 127.0.0.1.)
 */
class LoginThrottlingTest extends EveryDoorServerTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void givenFiveWrongPasswordsOverBasic_whenTheRightOneComes_then429UntilATryIsEarnedBack() {
        for (int i = 0; i < 5; i++) {
            http.get().uri("/api/v1/agent/me").headers(h -> h.setBasicAuth("guessed", "guess")).exchange()
                    .expectStatus().isUnauthorized();
        }

        http.get().uri("/api/v1/agent/me").headers(h -> h.setBasicAuth("guessed", "guessed-pass")).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 181L))
                .expectBody().jsonPath("$.error").isEqualTo("too_many_sign_in_attempts")
                .jsonPath("$.message").value(message -> assertThat((String) message).startsWith("too many failed sign-ins; try again in"));
        http.get().uri("/api/v1/agent/me").headers(h -> h.setBasicAuth("GUESSED", "guess")).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        http.get().uri("/api/v1/agent/me").headers(h -> h.setBasicAuth("agent", "agent-pass")).exchange()
                .expectStatus().isOk();
    }

    @Test
    void givenAnAccountLockedByWrongPasswords_whenAnAdminLiftsItsLocks_thenTheRightPasswordWorksAgain() {
        for (int i = 0; i < 5; i++) {
            http.get().uri("/api/v1/agent/me").headers(h -> h.setBasicAuth("forgetful", "forgot")).exchange()
                    .expectStatus().isUnauthorized();
        }
        http.get().uri("/api/v1/agent/me").headers(h -> h.setBasicAuth("forgetful", "forgetful-pass")).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        http.delete().uri("/api/v1/admin/sign-in-locks?user={user}", "Forgetful").headers(h -> h.setBasicAuth("boss", "boss-pass"))
                .exchange().expectStatus().isNoContent();

        http.get().uri("/api/v1/agent/me").headers(h -> h.setBasicAuth("forgetful", "forgetful-pass")).exchange()
                .expectStatus().isOk();
    }

    @Test
    void givenNoUser_whenAnAdminAsksToLiftLocks_then400() {
        http.delete().uri("/api/v1/admin/sign-in-locks?user= ").headers(h -> h.setBasicAuth("boss", "boss-pass"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("invalid_request");
        http.delete().uri("/api/v1/admin/sign-in-locks").headers(h -> h.setBasicAuth("boss", "boss-pass"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("invalid_request");
    }

    @Test
    void givenFiveWrongPasswordsOnTheForm_whenSigningInAgain_thenTheFormSaysToWait() {
        for (int i = 0; i < 5; i++) {
            signIn("formguessed", "guess" + i).expectHeader().location("/login?error");
        }
        signIn("formguessed", "formguessed-pass").expectHeader().location("/login?locked");

        http.get().uri("/login?locked").exchange().expectStatus().isOk().expectBody(String.class)
                .value(html -> assertThat(html).contains("Too many failed sign-ins for this account or from this address."
                        + " Wait a few minutes, then try again."));
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec signIn(String user, String password) {
        EntityExchangeResult<String> page = http.get().uri("/login").exchange().expectBody(String.class).returnResult();
        Matcher field = CSRF_FIELD.matcher(page.getResponseBody());
        assertThat(field.find()).isTrue();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", password);
        form.add("_csrf", field.group(1));
        return http.post().uri("/login").cookie("XSRF-TOKEN", page.getResponseCookies().getFirst("XSRF-TOKEN").getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().is3xxRedirection();
    }
}
