package dev.tandem.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Browsers are told what they may do with each response: never guess a content type; the staff pages run only
 * this server's scripts (no inline code) and can never be framed; the widget's files and the demo page may be
 * framed by the origins in {@code tandem.security.frame-ancestors} (here {@code 'self' https://shop.example.com}).
 */
class SecurityHeadersTest extends EveryDoorServerTest {

    @Test
    void givenAStaffPage_whenServed_thenNoSniffingNoInlineCodeNoFraming() {
        http.get().uri("/console").accept(MediaType.TEXT_HTML).headers(h -> h.setBasicAuth("agent", "agent-pass")).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"));
    }

    @Test
    void givenTheWidgetsFilesAndTheDemoPage_whenServed_thenFramableByTheConfiguredOriginsOnly() {
        for (String path : new String[] {"/widget.js", "/widget/app.js", "/widget/widget.css", "/"}) {
            http.get().uri(path).exchange().expectStatus().isOk()
                    .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader().doesNotExist("X-Frame-Options")
                    .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                            .contains("frame-ancestors 'self' https://shop.example.com", "script-src 'self'")
                            .doesNotContain("frame-ancestors 'none'", "unsafe-inline"));
        }
    }

    @Test
    void givenAnApiAnswer_whenServed_thenNoSniffing() {
        http.post().uri("/api/v1/conversations").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isCreated().expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        http.get().uri("/api/v1/agent/queue").exchange()
                .expectStatus().isUnauthorized().expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void givenAFrameAncestorsValueThatWouldAddDirectives_whenConfigured_thenStartUpFails() {
        var throttle = new SecurityProperties.LoginThrottle(5, 20, java.time.Duration.ofMinutes(15));
        assertThatThrownBy(() -> new SecurityProperties("'self'; script-src *", throttle, java.util.List.of()))
                .hasMessageContaining("tandem.security.frame-ancestors");
        assertThatThrownBy(() -> new SecurityProperties("https://a.example\r\nX-Evil: 1", throttle, java.util.List.of()))
                .hasMessageContaining("tandem.security.frame-ancestors");
        assertThat(new SecurityProperties("'self' https://shop.example.com", throttle, java.util.List.of()).frameAncestors())
                .isEqualTo("'self' https://shop.example.com");
    }
}
