package dev.tandem.adapters.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;

/** The editor's view of the FAQ over HTTP: status after the last reload, and search preview. */
class FaqApiTest extends RunningServerTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Test
    void givenEditor_whenStatusIsAsked_thenEntriesPerLanguageLastReloadAndNoRejectedFiles() {
        Map<String, Object> status = http.get().uri("/api/v1/kb/status").headers(h -> h.setBasicAuth("editor", "editor-pass"))
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();

        assertThat(status.get("entries")).isEqualTo(Map.of("en", 21, "ru", 21, "uk", 21, "pl", 21));
        assertThat(status).containsEntry("intents", 29).containsKey("lastReload");
        assertThat((List<?>) status.get("rejected")).isEmpty();
    }

    @Test
    void givenEditor_whenSearchingWithoutALanguage_thenTheLanguageIsDetectedAndHitsAreRanked() {
        Map<String, Object> result = http.get().uri("/api/v1/kb/search?q={q}", "zwrot pieniedzy")
                .headers(h -> h.setBasicAuth("editor", "editor-pass"))
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();

        assertThat(result).containsEntry("lang", "pl");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hits = (List<Map<String, Object>>) result.get("hits");
        assertThat(hits.get(0)).containsEntry("id", "refund-timing").containsKeys("title", "score", "answer", "answerHtml");
    }

    @Test
    void givenBadParameters_whenSearching_then400WithTheReason() {
        http.get().uri("/api/v1/kb/search?q=").headers(h -> h.setBasicAuth("editor", "editor-pass"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("invalid_query");
        http.get().uri("/api/v1/kb/search?q=refund&lang=de").headers(h -> h.setBasicAuth("editor", "editor-pass"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("invalid_lang");
    }

    @Test
    void givenSomeoneWhoIsNotAnEditor_whenAskingAboutTheFaq_then401Or403() {
        http.get().uri("/api/v1/kb/status").exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/v1/kb/status").headers(h -> h.setBasicAuth("agent", "agent-pass"))
                .exchange().expectStatus().isForbidden();
    }
}
