package dev.tandem.adapters.learning;

import dev.tandem.adapters.editor.writing.FaqDocument;
import dev.tandem.adapters.editor.writing.FaqDraft;
import dev.tandem.adapters.editor.writing.FaqDrafts;
import dev.tandem.adapters.editor.writing.FaqEntries;
import dev.tandem.adapters.editor.writing.LearningLoopEdits;
import dev.tandem.adapters.editor.writing.SaveOutcome;
import dev.tandem.adapters.editor.writing.SaveResponses;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.learning.ItemState;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The Learning section's actions that write content, on learning items: the write goes through the content-editing
 * service (lint, history, reload; answered like any editor save), and only once it is saved are the items closed
 * with the action. {@code new-faq} keeps a draft entry in the shopper's language (an agent's reply as its answer, an
 * id made from the title; {@link FaqDraftController}), since an entry is served only once it exists in all four; the
 * items stay open until the draft is published.
 */
@RestController
@RequestMapping("/api/v1/editor/learning/items")
public class LearningWritingController {

    private final LearningLoopEdits edits;
    private final FaqDrafts drafts;
    private final SaveResponses responses;
    private final ClosingSaves closing;

    public LearningWritingController(LearningLoopEdits edits, FaqDrafts drafts, SaveResponses responses,
                                     ClosingSaves closing) {
        this.edits = edits;
        this.drafts = drafts;
        this.responses = responses;
        this.closing = closing;
    }

    public record AddExample(List<Long> items, String language, String text, String intent) {
    }

    public record AnswerWithFaq(List<Long> items, String language, String text, String faqId) {
    }

    /** @param answer an agent's reply, the draft's answer */
    public record NewFaq(List<Long> items, String language, String title, List<String> questions, String answer) {
    }

    @PostMapping("/add-example")
    public Mono<ResponseEntity<Object>> addExample(@RequestBody AddExample body, Principal editor,
                                                   @RequestParam(defaultValue = "false") boolean wait) {
        return closingOnSave(body.items(), ItemState.ClosingAction.EXAMPLE_ADDED, editor, wait,
                () -> edits.addAsExample(editor.getName(), SaveResponses.required(body.intent(), "intent"),
                SaveResponses.required(body.language(), "language"), SaveResponses.required(body.text(), "text")));
    }

    @PostMapping("/answer-with-faq")
    public Mono<ResponseEntity<Object>> answerWithFaq(@RequestBody AnswerWithFaq body, Principal editor,
                                                      @RequestParam(defaultValue = "false") boolean wait) {
        return closingOnSave(body.items(), ItemState.ClosingAction.ANSWERED_WITH_FAQ, editor, wait,
                () -> edits.answerWithFaq(editor.getName(), SaveResponses.required(body.faqId(), "faqId"),
                SaveResponses.required(body.language(), "language"), SaveResponses.required(body.text(), "text")));
    }

    /**
     * Keeps a draft entry in the shopper's language for the FAQ editor (begun again, the draft that exists also
     * answers these items); the items stay open until it is published.
     */
    @PostMapping("/new-faq")
    public Mono<ResponseEntity<Object>> newFaq(@RequestBody NewFaq body, Principal editor) {
        List<Long> items = LearningItems.required(body.items());
        return SaveResponses.blocking(() -> {
            String language = SaveResponses.required(body.language(), "language");
            if (!FaqEntries.LANGUAGES.contains(language)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_lang", "language must be one of "
                        + String.join(", ", FaqEntries.LANGUAGES) + "; got '" + language + "'");
            }
            String title = SaveResponses.required(body.title(), "title");
            FaqDocument document = body.answer() == null || body.answer().isBlank() ? edits.newFaqDraft(title)
                    : edits.agentAnswerDraft(title, body.questions() == null || body.questions().isEmpty()
                            ? List.of(title) : body.questions(), body.answer());
            return new FaqDraft(document.id(), language, items, Map.of(language, document));
        }).flatMap(draft -> responses.saved(() -> drafts.begin(editor.getName(), draft), false, HttpStatus.OK)
                .flatMap(response -> !response.getStatusCode().is2xxSuccessful() ? Mono.just(response)
                        : SaveResponses.blocking(() -> {
                            FaqDrafts.StoredDraft stored = drafts.read(draft.id()).orElseThrow();
                            Map<String, Object> view = new LinkedHashMap<>(FaqDraftController.view(stored));
                            view.put("draft", stored.draft().languages().get(draft.language()));
                            return ResponseEntity.ok((Object) view);
                        })));
    }

    private Mono<ResponseEntity<Object>> closingOnSave(List<Long> items, ItemState.ClosingAction action,
                                                       Principal editor, boolean wait, Callable<SaveOutcome> save) {
        return closing.save(LearningItems.required(items), action, editor, wait, HttpStatus.OK, save);
    }
}
