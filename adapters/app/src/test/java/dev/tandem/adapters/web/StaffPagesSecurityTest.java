package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Who may open the staff pages: {@code /editor} is for editors, {@code /analytics} for admins and editors,
 * their scripts included; anyone else signed in gets the 403 page, and nobody signed in goes to the sign-in form.
 */
class StaffPagesSecurityTest extends RunningServerTest {

    private WebTestClient.RequestHeadersSpec<?> page(String path, String user) {
        return http.get().uri(path).accept(MediaType.TEXT_HTML).headers(h -> h.setBasicAuth(user, user + "-pass"));
    }

    @Test
    void givenNoSignIn_whenAStaffPageIsOpened_thenTheSignInForm() {
        for (String path : new String[] {"/editor", "/analytics"}) {
            http.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().is3xxRedirection().expectHeader().location("/login");
        }
    }

    @Test
    void givenAnAgent_whenTheEditorOrAnalyticsPageIsOpened_then403() {
        for (String path : new String[] {"/analytics", "/analytics/analytics.js", "/editor", "/editor/editor.js"}) {
            page(path, "agent").exchange().expectStatus().isForbidden();
        }
    }

    @Test
    void givenAnAdmin_whenTheStaffPagesAreOpened_thenAnalyticsOnly() {
        page("/analytics", "boss").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("script-src 'self'"))
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<script type=\"module\" src=\"/analytics/analytics.js\"></script>")
                        .doesNotContain("style=\"").doesNotContain("<script>"));
        page("/analytics/common.js", "boss").exchange().expectStatus().isOk();
        page("/editor", "boss").exchange().expectStatus().isForbidden();
    }

    @Test
    void givenAnEditor_whenTheStaffPagesAreOpened_thenBothWithTheirScripts() {
        page("/editor", "editor").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<script type=\"module\" src=\"/editor/editor.js\"></script>")
                        .doesNotContain("style=\"").doesNotContain("<script>"));
        for (String path : new String[] {"/editor/editor.js", "/editor/editor.css", "/analytics", "/analytics/common.js",
            "/staff/staff.css", "/staff/panels.css", "/widget/markdown.js"}) {
            page(path, "editor").exchange().expectStatus().isOk();
        }
        page("/editor/", "editor").exchange().expectStatus().isPermanentRedirect()
                .expectHeader().value("Location", location -> assertThat(location).endsWith("/editor"));
    }

    @Test
    void givenTheStaffPages_whenServed_thenEachStartsWithTheOneSharedHeadAndHeaderControls() {
        String head = """
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <link rel="icon" href="/favicon.ico" sizes="any">
                """;
        String picker = "<label for=\"ui-lang\" data-i18n=\"language\">Language</label>";
        String signOut = "<button type=\"button\" id=\"logout\" class=\"ghost\" data-i18n=\"signOut\">Sign out</button>";
        for (String[] pageAndUser : new String[][] {{"/console", "agent"}, {"/editor", "editor"}, {"/analytics", "boss"}}) {
            page(pageAndUser[0], pageAndUser[1]).exchange().expectStatus().isOk()
                    .expectBody(String.class).value(html -> assertThat(html).as(pageAndUser[0])
                            .contains("<head>\n" + head).contains(picker, "<select id=\"ui-lang\"></select>", signOut)
                            .doesNotContain("#include"));
        }
        http.get().uri("/login").exchange().expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html).contains("<head>\n" + head));
    }
}
