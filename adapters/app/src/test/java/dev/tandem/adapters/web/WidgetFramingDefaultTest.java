package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import org.junit.jupiter.api.Test;

/** With {@code tandem.security.frame-ancestors} unset, only the server's own pages may frame the widget. */
class WidgetFramingDefaultTest extends RunningServerTest {

    @Test
    void givenNoFrameAncestorsConfigured_whenTheWidgetIsServed_thenOnlySelfMayFrameIt() {
        http.get().uri("/widget.js").exchange().expectStatus().isOk()
                .expectHeader().doesNotExist("X-Frame-Options")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).endsWith("frame-ancestors 'self'")
                        .doesNotContain("frame-ancestors 'none'"));
    }
}
