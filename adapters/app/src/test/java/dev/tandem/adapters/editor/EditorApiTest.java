package dev.tandem.adapters.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.EditorServerTest;
import dev.tandem.adapters.ShopperChat;
import dev.tandem.adapters.content.CurrentShopKnowledge;
import dev.tandem.adapters.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Editors change the shop's content over HTTP; the live bot serves the change once it is saved and reloaded. */
class EditorApiTest extends EditorServerTest {

    /** Phrasings the shop's model cannot place, each with the intent an editor files it under. */
    private static final Map<String, String> PARKING_QUESTIONS = Map.of(
            "en", "can the zebra cabinet near tesco keep my stuff",
            "ru", "может ли зебра-шкафчик у ашана хранить мои вещи",
            "uk", "чи може зебра-шафка біля сільпо зберегти мої речі",
            "pl", "czy zebra szafka przy biedronce przechowa moje rzeczy");

    @Autowired
    private CurrentShopKnowledge knowledge;

    @Autowired
    private MeterRegistry meters;

    private WebTestClient.RequestBodySpec asEditor(org.springframework.http.HttpMethod method, String uri, Object... vars) {
        return http.method(method).uri(uri, vars).headers(h -> h.setBasicAuth("editor", "editor-pass"))
                .contentType(MediaType.APPLICATION_JSON);
    }

    private static String faqIdOfLastReply(Map<String, Object> turn) {
        List<Map<String, Object>> replies = ShopperChat.list(turn.get("replies"));
        return replies.stream().map(reply -> (String) reply.get("faqId")).filter(id -> id != null).findFirst().orElse(null);
    }

    @Test
    void givenAQuestionTheBotCannotAnswer_whenAnEditorAddsItAsAnExample_thenTheBotAnswersItInEveryLanguage()
            throws Exception {
        PARKING_QUESTIONS.forEach((language, question) -> assertThat(faqIdOfLastReply(
                ShopperChat.start(http, language).say(question))).as(language).isNotEqualTo("pickup-points"));

        Map<String, Object> saved = asEditor(org.springframework.http.HttpMethod.POST,
                "/api/v1/editor/intents/pickup_points/examples?wait=true")
                .bodyValue(Map.of("examples", Map.of("en", List.of(PARKING_QUESTIONS.get("en")),
                        "ru", List.of(PARKING_QUESTIONS.get("ru")), "uk", List.of(PARKING_QUESTIONS.get("uk")),
                        "pl", List.of(PARKING_QUESTIONS.get("pl")))))
                .exchange().expectStatus().isOk().expectBody(ShopperChat.JSON).returnResult().getResponseBody();

        assertThat(saved).containsEntry("served", true);
        PARKING_QUESTIONS.forEach((language, question) -> assertThat(faqIdOfLastReply(
                ShopperChat.start(http, language).say(question))).as(language).isEqualTo("pickup-points"));
        try (Git git = Git.open(contentDir().toFile())) {
            RevCommit last = git.log().setMaxCount(1).call().iterator().next();
            assertThat(last.getAuthorIdent().getName()).isEqualTo("editor");
            assertThat(last.getShortMessage()).startsWith("Add example(s) to pickup_points");
        }
    }

    @Test
    void givenBadInput_whenSaved_thenAClearErrorAndNothingWritten() throws Exception {
        byte[] hugePaste = ("{\"path\":\"synonyms/en.txt\",\"baseVersion\":\"x\",\"text\":\"" + "a".repeat(5_000_000) + "\"}")
                .getBytes();
        asEditor(org.springframework.http.HttpMethod.PUT, "/api/v1/editor/files").bodyValue(hugePaste)
                .exchange().expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);

        Map<String, Object> existing = Map.of("id", "gift-cards", "languages", Map.of("en", Map.of("title", "Gift cards",
                "questions", List.of("gift card?"), "answer", "They are valid 12 months.")));
        asEditor(org.springframework.http.HttpMethod.POST, "/api/v1/editor/faq").bodyValue(existing)
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody().jsonPath("$.error").isEqualTo("duplicate_id");

        Map<String, Object> noQuestions = Map.of("id", "loyalty-points", "languages", Map.of("en", Map.of(
                "title", "Loyalty", "questions", List.of(), "answer", "Points.")));
        asEditor(org.springframework.http.HttpMethod.POST, "/api/v1/editor/faq").bodyValue(noQuestions)
                .exchange().expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody()
                .jsonPath("$.error").isEqualTo("invalid_content")
                .jsonPath("$.problems[0]").value(problem -> assertThat((String) problem)
                        .matches("faq/en/loyalty-points\\.md:\\d+: .*questions.*"));
        assertThat(contentDir().resolve("faq/en/loyalty-points.md")).doesNotExist();

        asEditor(org.springframework.http.HttpMethod.POST, "/api/v1/editor/preview")
                .bodyValue(Map.of("markdown", "Hi <script>alert(1)</script> [x](javascript:alert(2))"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.html").value(html -> assertThat((String) html)
                        .contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("javascript:"));

        http.get().uri("/api/v1/editor/faq/gift-cards").headers(h -> h.setBasicAuth("agent", "agent-pass"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void givenTwoEditorsOnOneEntry_whenTheSecondSavesAnOldVersion_then409NamingTheFirstAndUndoRestoresTheText()
            throws Exception {
        Map<String, Object> entry = asEditor(org.springframework.http.HttpMethod.GET, "/api/v1/editor/faq/warranty")
                .exchange().expectStatus().isOk().expectBody(ShopperChat.JSON).returnResult().getResponseBody();
        Map<String, Object> pl = ShopperChat.map(ShopperChat.map(entry.get("languages")).get("pl"));
        Map<String, Object> fields = new java.util.HashMap<>(ShopperChat.map(pl.get("fields")));
        String original = Files.readString(contentDir().resolve("faq/pl/warranty.md"));
        fields.put("answer", fields.get("answer") + "\n\nGwarancja na baterie: 12 miesięcy.");
        fields.put("baseVersion", pl.get("version"));

        asEditor(org.springframework.http.HttpMethod.PUT, "/api/v1/editor/faq/warranty?wait=true")
                .bodyValue(Map.of("languages", Map.of("pl", fields))).exchange().expectStatus().isOk();
        fields.put("answer", "Inna odpowiedź.");
        http.put().uri("/api/v1/editor/faq/warranty").headers(h -> h.setBasicAuth("erika", "erika-pass"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("languages", Map.of("pl", fields)))
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody()
                .jsonPath("$.error").isEqualTo("changed_meanwhile")
                .jsonPath("$.message").value(message -> assertThat((String) message)
                        .startsWith("faq/pl/warranty.md was changed by editor at ").endsWith("reload to merge"));

        Map<String, Object> history = asEditor(org.springframework.http.HttpMethod.GET,
                "/api/v1/editor/history?path=faq/pl/warranty.md").exchange().expectStatus().isOk()
                .expectBody(ShopperChat.JSON).returnResult().getResponseBody();
        List<Map<String, Object>> versions = ShopperChat.list(history.get("versions"));
        assertThat(versions).extracting(version -> version.get("by")).containsExactly("editor", "shop");
        asEditor(org.springframework.http.HttpMethod.POST, "/api/v1/editor/history/restore?wait=true")
                .bodyValue(Map.of("path", "faq/pl/warranty.md", "version", versions.get(1).get("id"),
                        "baseVersion", versions.get(0).get("contentVersion")))
                .exchange().expectStatus().isOk();

        assertThat(Files.readString(contentDir().resolve("faq/pl/warranty.md"))).isEqualTo(original);
    }

    @Test
    void givenTheFileWatcherIsOn_whenAnEditorSaves_thenTheContentIsReadOnceNotByBothTheSaveAndTheWatcher()
            throws Exception {
        long reloadsBefore = knowledge.reloads();
        double watcherPassesBefore = watcherPasses();
        Map<String, Object> entry = asEditor(org.springframework.http.HttpMethod.GET, "/api/v1/editor/faq/gift-cards")
                .exchange().expectStatus().isOk().expectBody(ShopperChat.JSON).returnResult().getResponseBody();
        Map<String, Object> uk = ShopperChat.map(ShopperChat.map(entry.get("languages")).get("uk"));
        Map<String, Object> fields = new LinkedHashMap<>(ShopperChat.map(uk.get("fields")));
        fields.put("answer", fields.get("answer") + "\n\nПодарункову картку можна поповнити онлайн.");
        fields.put("baseVersion", uk.get("version"));

        asEditor(org.springframework.http.HttpMethod.PUT, "/api/v1/editor/faq/gift-cards?wait=true")
                .bodyValue(Map.of("languages", Map.of("uk", fields))).exchange().expectStatus().isOk();

        await("the file watcher hearing of the save").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(this::watcherPasses, passes -> passes > watcherPassesBefore);
        assertThat(knowledge.reloads()).as("reloads for one save").isEqualTo(reloadsBefore + 1);
        assertThat(knowledge.get().faq().entry("uk", "gift-cards")).get()
                .satisfies(served -> assertThat(served.answerText()).contains("поповнити онлайн"));
    }

    @Test
    void givenAnEntry_whenRenamed_thenAllFourLanguagesMoveTheOldIdIsNoLongerServedAndItsHistoryStays() {
        createEntry("store-card", "Zanzibar store card", "How does the zanzibar store card work?",
                "The zanzibar store card collects one point per 10 PLN.");
        assertThat(searchHits("zanzibar store card")).contains("store-card");
        Map<String, String> versions = versionsOf("store-card");

        asEditor(org.springframework.http.HttpMethod.POST, "/api/v1/editor/faq/store-card/rename")
                .bodyValue(Map.of("newId", "warranty", "versions", versions))
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody()
                .jsonPath("$.error").isEqualTo("duplicate_id");
        asEditor(org.springframework.http.HttpMethod.POST, "/api/v1/editor/faq/store-card/rename")
                .bodyValue(Map.of("newId", "Member Card!", "versions", versions))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("invalid_id");
        asEditor(org.springframework.http.HttpMethod.POST, "/api/v1/editor/faq/store-card/rename?wait=true")
                .bodyValue(Map.of("newId", "member-card", "versions", versions)).exchange().expectStatus().isOk();

        for (String language : List.of("en", "ru", "uk", "pl")) {
            assertThat(contentDir().resolve("faq/" + language + "/store-card.md")).doesNotExist();
            assertThat(contentDir().resolve("faq/" + language + "/member-card.md")).content().contains("id: member-card");
        }
        assertThat(searchHits("zanzibar store card")).contains("member-card").doesNotContain("store-card");
        asEditor(org.springframework.http.HttpMethod.GET, "/api/v1/editor/faq/store-card").exchange()
                .expectStatus().isNotFound();
        List<Map<String, Object>> oldHistory = history("faq/en/store-card.md");
        assertThat(oldHistory).extracting(version -> version.get("message"))
                .containsExactly("Rename FAQ store-card to member-card", "Create FAQ store-card");
        assertThat(history("faq/en/member-card.md")).extracting(version -> version.get("message"))
                .containsExactly("Rename FAQ store-card to member-card");
    }

    @Test
    void givenAnEntry_whenRetired_thenTheBotNoLongerAnswersFromItAndBringingItBackServesItAgain() {
        createEntry("gift-wrapping", "Quokka gift wrapping", "Do you offer quokka gift wrapping?",
                "Quokka gift wrapping costs 9 PLN per parcel.");
        assertThat(searchHits("quokka gift wrapping")).contains("gift-wrapping");

        asEditor(org.springframework.http.HttpMethod.POST, "/api/v1/editor/faq/warranty/retire")
                .bodyValue(Map.of("versions", versionsOf("warranty"))).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody()
                .jsonPath("$.error").isEqualTo("entry_in_use")
                .jsonPath("$.message").value(message -> assertThat((String) message).contains("intent 'warranty'"));
        assertThat(contentDir().resolve("faq/en/warranty.md")).exists();
        asEditor(org.springframework.http.HttpMethod.POST, "/api/v1/editor/faq/gift-wrapping/retire?wait=true")
                .bodyValue(Map.of("versions", versionsOf("gift-wrapping"))).exchange().expectStatus().isOk();

        assertThat(searchHits("quokka gift wrapping")).doesNotContain("gift-wrapping");
        assertThat(contentDir().resolve("faq/pl/gift-wrapping.md")).doesNotExist();
        assertThat(history("faq/pl/gift-wrapping.md")).extracting(version -> version.get("message"))
                .containsExactly("Retire FAQ gift-wrapping", "Create FAQ gift-wrapping");

        asEditor(org.springframework.http.HttpMethod.POST, "/api/v1/editor/faq/gift-wrapping/bring-back?wait=true")
                .exchange().expectStatus().isOk();
        asEditor(org.springframework.http.HttpMethod.POST, "/api/v1/editor/faq/gift-wrapping/bring-back")
                .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.error").isEqualTo("unknown_entry");

        assertThat(searchHits("quokka gift wrapping")).contains("gift-wrapping");
        for (String language : List.of("en", "ru", "uk", "pl")) {
            assertThat(contentDir().resolve("faq/" + language + "/gift-wrapping.md")).content()
                    .contains("Quokka gift wrapping");
        }
    }

    /** A new entry in all four languages with no intent: the bot finds it by search alone. */
    private void createEntry(String id, String title, String question, String answer) {
        Map<String, Object> languages = new LinkedHashMap<>();
        for (String language : List.of("en", "ru", "uk", "pl")) {
            languages.put(language, Map.of("title", title + " (" + language + ")", "questions", List.of(question),
                    "answer", answer));
        }
        asEditor(org.springframework.http.HttpMethod.POST, "/api/v1/editor/faq?wait=true")
                .bodyValue(Map.of("id", id, "languages", languages)).exchange().expectStatus().isCreated();
    }

    private Map<String, String> versionsOf(String id) {
        Map<String, Object> entry = asEditor(org.springframework.http.HttpMethod.GET, "/api/v1/editor/faq/" + id)
                .exchange().expectStatus().isOk().expectBody(ShopperChat.JSON).returnResult().getResponseBody();
        Map<String, String> versions = new LinkedHashMap<>();
        ShopperChat.map(entry.get("languages")).forEach((language, stored) ->
                versions.put(language, (String) ShopperChat.map(stored).get("version")));
        return versions;
    }

    private List<Object> searchHits(String question) {
        Map<String, Object> result = asEditor(org.springframework.http.HttpMethod.GET,
                "/api/v1/kb/search?q={q}&lang=en", question).exchange().expectStatus().isOk()
                .expectBody(ShopperChat.JSON).returnResult().getResponseBody();
        return ShopperChat.list(result.get("hits")).stream().map(hit -> hit.get("id")).toList();
    }

    private List<Map<String, Object>> history(String path) {
        return ShopperChat.list(asEditor(org.springframework.http.HttpMethod.GET, "/api/v1/editor/history?path={path}",
                        path).exchange().expectStatus().isOk().expectBody(ShopperChat.JSON).returnResult()
                .getResponseBody().get("versions"));
    }

    /** Every time the file watcher looked at the directory after a change, whatever it found. */
    private double watcherPasses() {
        return meters.find(MetricNames.CONTENT_RELOADS).counters().stream().mapToDouble(Counter::count).sum();
    }
}
