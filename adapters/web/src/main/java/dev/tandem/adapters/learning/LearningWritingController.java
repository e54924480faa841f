package dev.tandem.adapters.learning;

import dev.tandem.adapters.editor.writing.FaqDocument;
import dev.tandem.adapters.editor.writing.FaqEntries;
import dev.tandem.adapters.editor.writing.LearningLoopEdits;
import dev.tandem.adapters.editor.writing.SaveOutcome;
import dev.tandem.adapters.editor.writing.SaveResponses;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.learning.ItemState;
import dev.tandem.bot.learning.LearningItemNotFoundException;
import dev.tandem.bot.learning.LearningLoop;
import java.security.Principal;
import java.time.Clock;
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
 * with the action. {@code new-faq} writes nothing: it answers with a draft (an agent's reply as its answer, an id
 * made from the title) for the FAQ editor, since an entry must be saved in all four languages; the items stay open
 * until the page closes them once the entry is saved.
 */
@RestController
@RequestMapping("/api/v1/editor/learning/items")
public class LearningWritingController {

    private static final int MAX_ITEMS = 500;

    private final LearningLoopEdits edits;
    private final SaveResponses responses;
    private final LearningLoop learning;
    private final Clock clock;

    public LearningWritingController(LearningLoopEdits edits, SaveResponses responses, LearningLoop learning,
                                     Clock clock) {
        this.edits = edits;
        this.responses = responses;
        this.learning = learning;
        this.clock = clock;
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
        List<Long> items = items(body.items());
        return closingOnSave(items, ItemState.ClosingAction.EXAMPLE_ADDED, editor, wait, () -> edits.addAsExample(
                editor.getName(), SaveResponses.required(body.intent(), "intent"),
                SaveResponses.required(body.language(), "language"), SaveResponses.required(body.text(), "text")));
    }

    @PostMapping("/answer-with-faq")
    public Mono<ResponseEntity<Object>> answerWithFaq(@RequestBody AnswerWithFaq body, Principal editor,
                                                      @RequestParam(defaultValue = "false") boolean wait) {
        List<Long> items = items(body.items());
        return closingOnSave(items, ItemState.ClosingAction.ANSWERED_WITH_FAQ, editor, wait, () -> edits.answerWithFaq(
                editor.getName(), SaveResponses.required(body.faqId(), "faqId"),
                SaveResponses.required(body.language(), "language"), SaveResponses.required(body.text(), "text")));
    }

    /** Always a draft for the FAQ editor; the items stay open until the entry is saved there. */
    @PostMapping("/new-faq")
    public Mono<Map<String, Object>> newFaq(@RequestBody NewFaq body) {
        items(body.items());
        return SaveResponses.blocking(() -> {
            String language = SaveResponses.required(body.language(), "language");
            if (!FaqEntries.LANGUAGES.contains(language)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_lang", "language must be one of "
                        + String.join(", ", FaqEntries.LANGUAGES) + "; got '" + language + "'");
            }
            String title = SaveResponses.required(body.title(), "title");
            FaqDocument draft = body.answer() == null || body.answer().isBlank() ? edits.newFaqDraft(title)
                    : edits.agentAnswerDraft(title, body.questions() == null || body.questions().isEmpty()
                            ? List.of(title) : body.questions(), body.answer());
            return Map.of("draft", draft, "language", language, "items", body.items());
        });
    }

    private Mono<ResponseEntity<Object>> closingOnSave(List<Long> items, ItemState.ClosingAction action,
                                                       Principal editor, boolean wait, Callable<SaveOutcome> save) {
        return responses.saved(save, wait, HttpStatus.OK).flatMap(response -> response.getStatusCode().is2xxSuccessful()
                ? learning.decide(items, new ItemState.Closed(action, editor.getName(), clock.instant()))
                        .onErrorMap(LearningItemNotFoundException.class, missing -> new ApiException(
                                HttpStatus.NOT_FOUND, "item_not_found", "the content was saved, but "
                                        + missing.getMessage()))
                        .thenReturn(response)
                : Mono.just(response));
    }

    private static List<Long> items(List<Long> items) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS || items.contains(null)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_items", "items must list 1 to " + MAX_ITEMS
                    + " item ids");
        }
        return items;
    }
}
