package dev.tandem.adapters.editor.writing;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Content files as text over HTTP (role EDITOR): synonyms, canned replies and anything the FAQ and intent forms
 * cannot show, and the history of every file with undo. Saves answer as {@link EditorController}'s do.
 */
@RestController
@RequestMapping("/api/v1/editor")
public class ContentFileController {

    private final ContentEditing content;
    private final FaqEntries faq;
    private final SaveResponses responses;

    public ContentFileController(ContentEditing content, FaqEntries faq, SaveResponses responses) {
        this.content = content;
        this.faq = faq;
        this.responses = responses;
    }

    public record FileSave(String path, String text, String baseVersion) {
    }

    public record Restore(String path, String version, String baseVersion) {
    }

    /** The synonyms lists and canned replies, for the page's file editor. */
    @GetMapping("/files/list")
    public Mono<Map<String, Object>> fileList() {
        return SaveResponses.blocking(() -> Map.of("files", faq.otherFiles()));
    }

    /** Any editable content file as text: synonyms, canned replies, or an intent or entry the forms cannot show. */
    @GetMapping("/files")
    public Mono<ContentEditing.StoredFile> file(@RequestParam String path) {
        return SaveResponses.blocking(() -> content.read(new ContentPath(path)));
    }

    @PutMapping("/files")
    public Mono<ResponseEntity<Object>> saveFile(@RequestBody FileSave body, Principal editor,
                                                 @RequestParam(defaultValue = "false") boolean wait) {
        return responses.saved(() -> content.save(editor.getName(), "Edit " + body.path(), List.of(new FileChange.Write(
                new ContentPath(body.path()), SaveResponses.required(body.text(), "text"),
                Optional.of(SaveResponses.required(body.baseVersion(), "baseVersion"))))), wait, HttpStatus.OK);
    }

    @GetMapping("/history")
    public Mono<Map<String, Object>> history(@RequestParam String path) {
        return SaveResponses.blocking(() -> Map.of("path", path, "versions", content.history(new ContentPath(path))));
    }

    @GetMapping("/history/text")
    public Mono<Map<String, Object>> historyText(@RequestParam String path, @RequestParam String version) {
        return SaveResponses.blocking(() -> {
            Optional<String> text = content.textAt(new ContentPath(path), version);
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("path", path);
            view.put("version", version);
            view.put("present", text.isPresent());
            view.put("text", text.orElse(null));
            return view;
        });
    }

    /** Undo: the file becomes what it was at an earlier version, as a new save (checked and recorded like any). */
    @PostMapping("/history/restore")
    public Mono<ResponseEntity<Object>> restore(@RequestBody Restore body, Principal editor,
                                                @RequestParam(defaultValue = "false") boolean wait) {
        return responses.saved(() -> {
            ContentPath path = new ContentPath(SaveResponses.required(body.path(), "path"));
            String version = SaveResponses.required(body.version(), "version");
            Optional<String> base = Optional.of(SaveResponses.required(body.baseVersion(), "baseVersion"));
            Optional<String> text = content.textAt(path, version);
            String message = "Restore " + path + " to version " + (version.length() > 10 ? version.substring(0, 10) : version);
            FileChange change = text.<FileChange>map(t -> new FileChange.Write(path, t, base))
                    .orElseGet(() -> new FileChange.Delete(path, base));
            return content.save(editor.getName(), message, List.of(change));
        }, wait, HttpStatus.OK);
    }
}
