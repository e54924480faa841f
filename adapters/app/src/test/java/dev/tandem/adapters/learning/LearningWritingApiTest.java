package dev.tandem.adapters.learning;

import static dev.tandem.adapters.ShopperChat.JSON;
import static dev.tandem.adapters.ShopperChat.list;
import static dev.tandem.adapters.ShopperChat.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.EditorServerTest;
import dev.tandem.adapters.ShopperChat;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The Learning section's writing actions over real HTTP on a small copy of the demo shop: a write goes through the
 * content editor and closes the items; a refused write leaves them open.
 */
class LearningWritingApiTest extends EditorServerTest {

    private WebTestClient.ResponseSpec post(String action, Map<String, Object> body) {
        return http.post().uri("/api/v1/editor/learning/items/" + action)
                .headers(h -> h.setBasicAuth("editor", "editor-pass")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private Optional<Map<String, Object>> question(String state, String text) {
        Map<String, Object> items = http.get().uri("/api/v1/editor/learning/items?days=1&state={state}", state)
                .headers(h -> h.setBasicAuth("editor", "editor-pass")).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        return list(items.get("unanswered")).stream().flatMap(group -> list(group.get("questions")).stream())
                .filter(question -> question.get("text").equals(text)).findFirst();
    }

    /** A question the bot cannot answer, asked once, as the open item(s) the editor sees. */
    @SuppressWarnings("unchecked")
    private List<Object> unanswered(String text) {
        Map<String, Object> turn = ShopperChat.start(http, "en").say(text);
        return (List<Object>) question("open", text).orElseThrow(() -> new AssertionError(
                "not an open learning item: " + text + "; the bot said " + turn)).get("items");
    }

    @Test
    void givenAnUnansweredQuestion_whenAddedAsAnExample_thenTheIntentFileHasItAndTheItemIsClosed() throws Exception {
        String text = "do purple walruses knit scarves on tuesdays?";
        List<Object> items = unanswered(text);

        post("add-example", Map.of("items", items, "language", "en", "text", text, "intent", "no_such_intent"))
                .expectStatus().isNotFound().expectBody().jsonPath("$.error").isEqualTo("unknown_entry");
        assertThat(question("open", text)).isPresent();

        post("add-example", Map.of("items", items, "language", "en", "text", text, "intent", "out_of_scope"))
                .expectStatus().isOk().expectBody().jsonPath("$.revision").exists();

        assertThat(Files.readString(contentDir().resolve("intents/out_of_scope.yml"))).contains(text);
        assertThat(question("open", text)).isEmpty();
        assertThat(question("closed", text)).isPresent();
    }

    @Test
    void givenAnUnansweredQuestion_whenAnsweredWithAnFaqEntry_thenItIsOneOfItsQuestionsAndTheItemIsClosed() throws Exception {
        String text = "can violet penguins juggle bananas at midnight?";
        List<Object> items = unanswered(text);

        post("answer-with-faq", Map.of("items", items, "language", "en", "text", text, "faqId", "no-such-entry"))
                .expectStatus().isNotFound().expectBody().jsonPath("$.error").isEqualTo("unknown_entry");
        post("answer-with-faq", Map.of("items", items, "language", "xx", "text", text, "faqId", "warranty"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("invalid_lang");
        post("answer-with-faq", Map.of("items", List.of(), "language", "en", "text", text, "faqId", "warranty"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("invalid_items");
        assertThat(question("open", text)).isPresent();

        post("answer-with-faq", Map.of("items", items, "language", "en", "text", text, "faqId", "warranty"))
                .expectStatus().isOk();

        assertThat(Files.readString(contentDir().resolve("faq/en/warranty.md"))).contains(text);
        assertThat(question("closed", text)).isPresent();
    }

    @Test
    void givenAnUnansweredQuestion_whenANewFaqIsAsked_thenADraftIsKeptInTheShoppersLanguageUntilPublishedInAllFour() {
        String text = "will silver owls sing opera during thunderstorms?";
        List<Object> items = unanswered(text);

        Map<String, Object> plain = post("new-faq", Map.of("items", items, "language", "en", "title", text,
                "questions", List.of(text))).expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(map(plain.get("draft"))).containsEntry("title", text);
        assertThat(plain).containsEntry("language", "en").containsEntry("items", items);

        Map<String, Object> fromAgent = post("new-faq", Map.of("items", items, "language", "pl",
                "title", "Owls, opera & thunderstorms!", "questions", List.of(text),
                "answer", "Our owls sing only in fair weather.")).expectStatus().isOk().expectBody(JSON)
                .returnResult().getResponseBody();
        assertThat(map(fromAgent.get("draft"))).containsEntry("id", "owls-opera-thunderstorms")
                .containsEntry("answer", "Our owls sing only in fair weather.").containsEntry("questions", List.of(text));
        assertThat(fromAgent).containsEntry("id", "owls-opera-thunderstorms").containsEntry("language", "pl")
                .containsEntry("missing", List.of("en", "ru", "uk"));
        assertThat(contentDir().resolve("faq/pl/owls-opera-thunderstorms.md")).doesNotExist();
        assertThat(contentDir().resolve("drafts/faq/owls-opera-thunderstorms.json")).exists();
        assertThat(question("open", text)).isPresent();

        post("new-faq", Map.of("items", items, "language", "en", "title", "Warranty", "answer", "Two years."))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.error").isEqualTo("duplicate_id");
        post("new-faq", Map.of("items", items, "language", "xx", "title", text))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("invalid_lang");

        // The editor comes back to it: listed with what is missing, refused while a language is.
        Map<String, Object> drafts = editor("GET", "/api/v1/editor/drafts", null).expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
        Map<String, Object> kept = list(drafts.get("drafts")).stream()
                .filter(draft -> "owls-opera-thunderstorms".equals(draft.get("id"))).findFirst().orElseThrow();
        assertThat(kept).containsEntry("items", items).containsEntry("missing", List.of("en", "ru", "uk"));
        Map<String, Object> polish = map(map(kept.get("languages")).get("pl"));
        Map<String, Object> languages = new java.util.LinkedHashMap<>(Map.of("pl", polish));
        editor("POST", "/api/v1/editor/drafts/owls-opera-thunderstorms/publish",
                Map.of("languages", languages, "baseVersion", kept.get("version")))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.problems[0]")
                .value(problem -> assertThat((String) problem).contains("missing in [en, ru, uk]"));
        assertThat(contentDir().resolve("faq/pl/owls-opera-thunderstorms.md")).doesNotExist();

        languages.put("en", Map.of("title", "Do owls sing in storms?", "questions", List.of(text),
                "answer", "Our owls sing only in fair weather."));
        languages.put("ru", Map.of("title", "Поют ли совы в грозу?", "questions", List.of("поют ли совы в грозу"),
                "answer", "Наши совы поют только в хорошую погоду."));
        Map<String, Object> saved = editor("PUT", "/api/v1/editor/drafts/owls-opera-thunderstorms",
                Map.of("languages", languages, "baseVersion", kept.get("version"))).expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
        Map<String, Object> reopened = editor("GET", "/api/v1/editor/drafts/owls-opera-thunderstorms", null)
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(reopened).containsEntry("missing", List.of("uk")).containsEntry("items", items);
        editor("POST", "/api/v1/editor/drafts/owls-opera-thunderstorms/publish",
                Map.of("languages", languages, "baseVersion", kept.get("version")))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.error").isEqualTo("changed_meanwhile");

        languages.put("uk", Map.of("title", "Чи співають сови в грозу?", "questions", List.of("чи співають сови в грозу"),
                "answer", "Наші сови співають лише в гарну погоду."));
        editor("POST", "/api/v1/editor/drafts/owls-opera-thunderstorms/publish?wait=true", Map.of("id", "singing-owls",
                "languages", languages, "baseVersion", reopened.get("version"))).expectStatus().isCreated();

        for (String language : List.of("en", "ru", "uk", "pl")) {
            assertThat(contentDir().resolve("faq/" + language + "/singing-owls.md")).content().contains("id: singing-owls");
            assertThat(contentDir().resolve("faq/" + language + "/owls-opera-thunderstorms.md")).doesNotExist();
        }
        assertThat(contentDir().resolve("drafts/faq/owls-opera-thunderstorms.json")).doesNotExist();
        assertThat(saved).containsKey("revision");
        assertThat(question("closed", text)).isPresent();
        editor("GET", "/api/v1/editor/drafts/owls-opera-thunderstorms", null).expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec editor(String method, String uri, Object body) {
        WebTestClient.RequestBodySpec request = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri)
                .headers(h -> h.setBasicAuth("editor", "editor-pass")).contentType(MediaType.APPLICATION_JSON);
        return body == null ? request.exchange() : request.bodyValue(body).exchange();
    }
}
