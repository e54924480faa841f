package dev.tandem.adapters.learning;

import dev.tandem.adapters.editor.writing.EditorController.FaqFields;
import dev.tandem.adapters.editor.writing.FaqDrafts;
import dev.tandem.adapters.editor.writing.FaqEntries;
import dev.tandem.adapters.editor.writing.SaveResponses;
import dev.tandem.bot.learning.ItemState;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * FAQ drafts (role EDITOR): entries begun in one language ("New FAQ from this" in the Learning section, or "Save
 * draft" in the FAQ editor) that an editor comes back to, completes and publishes. Publishing writes the entry in
 * every language given and removes the draft in one save; the lint refuses it while a language is missing, and once
 * it is saved the learning items the draft answers are closed.
 */
@RestController
@RequestMapping("/api/v1/editor/drafts")
public class FaqDraftController {

    private final FaqDrafts drafts;
    private final SaveResponses responses;
    private final ClosingSaves closing;

    public FaqDraftController(FaqDrafts drafts, SaveResponses responses, ClosingSaves closing) {
        this.drafts = drafts;
        this.responses = responses;
        this.closing = closing;
    }

    /**
     * @param baseVersion the draft's version the editor started from; {@code "none"} for a new draft
     * @param id          publishing: the entry's id, when not the draft's (made from the shopper's words)
     */
    public record DraftSave(Map<String, FaqFields> languages, String baseVersion, String id) {
    }

    /** What the editor page shows of a draft: every language written so far and those still missing. */
    static Map<String, Object> view(FaqDrafts.StoredDraft stored) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", stored.draft().id());
        view.put("language", stored.draft().language());
        view.put("items", stored.draft().items());
        view.put("version", stored.version());
        view.put("missing", stored.draft().missing());
        view.put("languages", stored.draft().languages());
        return view;
    }

    @GetMapping
    public Mono<Map<String, Object>> list() {
        return SaveResponses.blocking(() -> Map.of("drafts", drafts.all().stream().map(FaqDraftController::view).toList()));
    }

    @GetMapping("/{id}")
    public Mono<Map<String, Object>> draft(@PathVariable String id) {
        return SaveResponses.blocking(() -> view(stored(id)));
    }

    @PutMapping("/{id}")
    public Mono<ResponseEntity<Object>> save(@PathVariable String id, @RequestBody DraftSave body, Principal editor) {
        return responses.saved(() -> drafts.save(editor.getName(), id, FaqFields.documents(body.languages()),
                SaveResponses.required(body.baseVersion(), "baseVersion")), false, HttpStatus.OK);
    }

    @PostMapping("/{id}/discard")
    public Mono<ResponseEntity<Object>> discard(@PathVariable String id, @RequestBody DraftSave body, Principal editor) {
        return responses.saved(() -> drafts.discard(editor.getName(), id,
                SaveResponses.required(body.baseVersion(), "baseVersion")), false, HttpStatus.OK);
    }

    /**
     * {@code 201} once the entry is saved in all four languages (under the draft's id, or {@code id} from the body);
     * {@code 422} with the lint's reasons until then.
     */
    @PostMapping("/{id}/publish")
    public Mono<ResponseEntity<Object>> publish(@PathVariable String id, @RequestBody DraftSave body, Principal editor,
                                                @RequestParam(defaultValue = "false") boolean wait) {
        return SaveResponses.blocking(() -> stored(id).draft().items())
                .flatMap(items -> closing.save(items, ItemState.ClosingAction.NEW_FAQ, editor, wait, HttpStatus.CREATED,
                        () -> drafts.publish(editor.getName(), id, body.id() == null || body.id().isBlank() ? id
                                : body.id().strip(), FaqFields.documents(body.languages()),
                                SaveResponses.required(body.baseVersion(), "baseVersion"))));
    }

    private FaqDrafts.StoredDraft stored(String id) {
        return drafts.read(id).orElseThrow(() -> new FaqEntries.UnknownEntry("no FAQ draft '" + id + "'"));
    }
}
