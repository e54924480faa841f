package dev.tandem.adapters.editor.writing;

import dev.tandem.adapters.content.CurrentShopKnowledge;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.kb.AnswerHtml;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Editing the shop's content over HTTP (role EDITOR): FAQ entries and intent examples (any other file and the
 * history are {@link ContentFileController}'s, the learning loop's actions {@code LearningWritingController}'s). A save answers {@code 200} with the new versions and a
 * revision ({@code ?wait=true}: only once the live bot serves it); {@code 422} with every {@code file:line: reason}
 * when the lint refuses it; {@code 409} when the file changed since the editor loaded it, or git is mid-merge.
 */
@RestController
@RequestMapping("/api/v1/editor")
public class EditorController {

    private final ContentEditing content;
    private final FaqEntries faq;
    private final IntentExamples intents;
    private final CurrentShopKnowledge knowledge;
    private final SaveResponses responses;

    public EditorController(ContentEditing content, FaqEntries faq, IntentExamples intents,
                            CurrentShopKnowledge knowledge, SaveResponses responses) {
        this.content = content;
        this.faq = faq;
        this.intents = intents;
        this.knowledge = knowledge;
        this.responses = responses;
    }

    public record FaqFields(String title, List<String> questions, List<String> tags, String intent, String handoff,
                            String answer, String baseVersion) {

        public FaqDocument document() {
            return new FaqDocument("", title, questions, tags, intent, handoff, answer);
        }

        /** Each language's entry, the languages checked; none for none. */
        public static Map<String, FaqDocument> documents(Map<String, FaqFields> languages) {
            Map<String, FaqDocument> documents = new LinkedHashMap<>();
            if (languages != null) {
                languages.forEach((language, fields) -> {
                    FaqEntries.requireLanguage(language);
                    documents.put(language, fields.document());
                });
            }
            return documents;
        }
    }

    public record FaqSave(String id, Map<String, FaqFields> languages) {
    }

    public record Versions(String newId, Map<String, String> versions) {
    }

    public record Examples(Map<String, List<String>> examples) {
    }

    public record Example(String lang, String text, String to) {
    }

    public record Preview(String markdown) {
    }


    @GetMapping("/status")
    public ContentEditing.LiveStatus status() {
        return content.live();
    }

    @PostMapping("/preview")
    public Map<String, String> preview(@RequestBody Preview preview) {
        String markdown = preview.markdown() == null ? "" : preview.markdown();
        if (markdown.length() > FileContentEditing.MAX_FILE_CHARS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "too_large", "an answer may have at most "
                    + FileContentEditing.MAX_FILE_CHARS + " characters");
        }
        return Map.of("html", AnswerHtml.render(markdown));
    }

    /** The translation matrix: every id × language, missing or older than the newest language's version. */
    @GetMapping("/faq")
    public Mono<Map<String, Object>> faqMatrix() {
        return blocking(() -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String id : faq.ids()) {
                Map<String, FaqEntries.StoredFaq> languages = faq.read(id);
                Instant newest = languages.values().stream().filter(l -> l.text().isPresent())
                        .map(FaqEntries.StoredFaq::changedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
                Map<String, Object> cells = new LinkedHashMap<>();
                languages.forEach((language, stored) -> {
                    String state = stored.text().isEmpty() ? "missing"
                            : stored.changedAt().isBefore(newest.minusSeconds(1)) ? "outdated" : "current";
                    Map<String, Object> cell = new LinkedHashMap<>();
                    cell.put("state", state);
                    cell.put("title", stored.document().map(FaqDocument::title).orElse(""));
                    cell.put("changedAt", stored.text().isPresent() ? stored.changedAt() : null);
                    cells.put(language, cell);
                });
                rows.add(Map.of("id", id, "languages", cells));
            }
            return Map.of("languages", FaqEntries.LANGUAGES, "entries", rows);
        });
    }

    @GetMapping("/faq/{id}")
    public Mono<Map<String, Object>> faqEntry(@PathVariable String id) {
        return blocking(() -> {
            Map<String, FaqEntries.StoredFaq> languages = faq.read(id);
            if (languages.values().stream().allMatch(l -> l.text().isEmpty())) {
                throw new FaqEntries.UnknownEntry("no FAQ entry '" + id + "'");
            }
            Map<String, Object> view = new LinkedHashMap<>();
            languages.forEach((language, stored) -> {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("version", stored.version());
                cell.put("present", stored.text().isPresent());
                stored.document().ifPresent(document -> cell.put("fields", document));
                stored.text().ifPresent(text -> cell.put("text", text));
                view.put(language, cell);
            });
            return Map.of("id", id, "languages", view);
        });
    }

    @PostMapping("/faq")
    public Mono<ResponseEntity<Object>> createFaq(@RequestBody FaqSave save, Principal editor,
                                                  @RequestParam(defaultValue = "false") boolean wait) {
        return saved(() -> faq.create(editor.getName(), save.id(), FaqFields.documents(languagesOf(save))), wait,
                HttpStatus.CREATED);
    }

    @PutMapping("/faq/{id}")
    public Mono<ResponseEntity<Object>> updateFaq(@PathVariable String id, @RequestBody FaqSave save, Principal editor,
                                                  @RequestParam(defaultValue = "false") boolean wait) {
        return saved(() -> {
            Map<String, FaqEntries.Edit> edits = new LinkedHashMap<>();
            languagesOf(save).forEach((language, fields) -> {
                if (fields.baseVersion() == null) {
                    throw new InvalidEdit("missing_base_version", "say which version of " + language
                            + " the edit started from (baseVersion; \"none\" for a new language)");
                }
                edits.put(language, new FaqEntries.Edit(fields.document(), fields.baseVersion()));
            });
            return faq.update(editor.getName(), id, edits);
        }, wait, HttpStatus.OK);
    }

    @PostMapping("/faq/{id}/rename")
    public Mono<ResponseEntity<Object>> renameFaq(@PathVariable String id, @RequestBody Versions body, Principal editor,
                                                  @RequestParam(defaultValue = "false") boolean wait) {
        return saved(() -> faq.rename(editor.getName(), id, body.newId(), versionsOf(body)), wait, HttpStatus.OK);
    }

    @PostMapping("/faq/{id}/retire")
    public Mono<ResponseEntity<Object>> retireFaq(@PathVariable String id, @RequestBody Versions body, Principal editor,
                                                  @RequestParam(defaultValue = "false") boolean wait) {
        return saved(() -> faq.retire(editor.getName(), id, versionsOf(body)), wait, HttpStatus.OK);
    }

    /** Undo of a retirement: the entry comes back in every language it had. */
    @PostMapping("/faq/{id}/bring-back")
    public Mono<ResponseEntity<Object>> bringBackFaq(@PathVariable String id, Principal editor,
                                                     @RequestParam(defaultValue = "false") boolean wait) {
        return saved(() -> faq.bringBack(editor.getName(), id), wait, HttpStatus.OK);
    }

    @GetMapping("/intents")
    public Map<String, List<IntentSummary>> intentList() {
        return Map.of("intents", IntentSummary.of(knowledge.loaded().catalog()));
    }

    @GetMapping("/intents/{name}")
    public Mono<IntentExamples.StoredIntent> intent(@PathVariable String name) {
        return blocking(() -> intents.read(name));
    }

    @PostMapping("/intents/{name}/examples")
    public Mono<ResponseEntity<Object>> addExamples(@PathVariable String name, @RequestBody Examples body,
                                                    Principal editor, @RequestParam(defaultValue = "false") boolean wait) {
        return saved(() -> intents.add(editor.getName(), name, body.examples() == null ? Map.of() : body.examples()),
                wait, HttpStatus.OK);
    }

    @PostMapping("/intents/{name}/examples/remove")
    public Mono<ResponseEntity<Object>> removeExample(@PathVariable String name, @RequestBody Example body,
                                                      Principal editor, @RequestParam(defaultValue = "false") boolean wait) {
        return saved(() -> intents.remove(editor.getName(), name, body.lang(), required(body.text(), "text")), wait,
                HttpStatus.OK);
    }

    @PostMapping("/intents/{name}/examples/move")
    public Mono<ResponseEntity<Object>> moveExample(@PathVariable String name, @RequestBody Example body,
                                                    Principal editor, @RequestParam(defaultValue = "false") boolean wait) {
        return saved(() -> intents.move(editor.getName(), name, body.lang(), required(body.text(), "text"),
                required(body.to(), "to")), wait, HttpStatus.OK);
    }

    private static Map<String, FaqFields> languagesOf(FaqSave save) {
        if (save == null || save.languages() == null || save.languages().isEmpty()) {
            throw new InvalidEdit("nothing_to_save", "give the entry in at least one language (languages.en, …)");
        }
        save.languages().keySet().forEach(FaqEntries::requireLanguage);
        return save.languages();
    }

    private static Map<String, String> versionsOf(Versions body) {
        return body == null || body.versions() == null ? Map.of() : body.versions();
    }

    private static String required(String value, String field) {
        return SaveResponses.required(value, field);
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return SaveResponses.blocking(work);
    }

    private Mono<ResponseEntity<Object>> saved(Callable<SaveOutcome> save, boolean wait, HttpStatus created) {
        return responses.saved(save, wait, created);
    }
}
