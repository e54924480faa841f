package dev.tandem.adapters.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.adapters.content.CurrentShopKnowledge;
import dev.tandem.adapters.editor.writing.IntentSummary;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.learning.AgentAnswer;
import dev.tandem.bot.learning.IntentGroup;
import dev.tandem.bot.learning.ItemState;
import dev.tandem.bot.learning.LearningItemNotFoundException;
import dev.tandem.bot.learning.LearningLoop;
import dev.tandem.bot.learning.QuestionGroup;
import dev.tandem.bot.learning.Wording;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The learning loop for editors (role EDITOR): {@code GET /api/v1/editor/learning/items?days=30&state=open} and
 * {@code POST /api/v1/editor/learning/items/decision}. The actions that write content (add an example, answer
 * with an FAQ, a new FAQ) are {@link LearningWritingController}'s.
 */
@RestController
@RequestMapping("/api/v1/editor/learning")
public class LearningController {

    private final LearningLoop learning;
    private final SafeRetraining retraining;
    private final CurrentShopKnowledge knowledge;
    private final Clock clock;

    public LearningController(LearningLoop learning, SafeRetraining retraining, CurrentShopKnowledge knowledge,
                              Clock clock) {
        this.learning = learning;
        this.retraining = retraining;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /** The intents an unanswered question can become an example of, by name (what the picker offers). */
    @GetMapping("/intents")
    public Map<String, List<IntentSummary>> intents() {
        return Map.of("intents", IntentSummary.of(knowledge.loaded().catalog()));
    }

    /**
     * @param status    {@code live}, {@code checking}, {@code held} or {@code check-failed}
     * @param version   the intent files' SHA-256 waiting to go live
     * @param languages macro-F1 per language before and after the change (held only)
     * @param confused  pairs of intents the change makes indistinguishable, with their examples (held only)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ModelView(String status, Instant since, String version, List<RetrainingVerdict.LanguageScore> languages,
                            List<RetrainingVerdict.ConfusedPair> confused, String reason) {

        static ModelView of(ModelState state) {
            if (state instanceof ModelState.Checking checking) {
                return new ModelView("checking", checking.since(), checking.catalogSha256(), null, null, null);
            }
            if (state instanceof ModelState.Held held) {
                return new ModelView("held", held.at(), held.catalogSha256(), held.verdict().languages(),
                        held.verdict().newlyConfused(), null);
            }
            if (state instanceof ModelState.CheckFailed failed) {
                return new ModelView("check-failed", failed.at(), failed.catalogSha256(), null, null, failed.reason());
            }
            return new ModelView("live", ((ModelState.Live) state).since(), null, null, null, null);
        }
    }

    @GetMapping("/model")
    public ModelView model() {
        return ModelView.of(retraining.state());
    }

    /** Publishes a held change anyway: 202 while it goes live, 409 when nothing waits. */
    @PostMapping("/model/publish")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ModelView publish() {
        if (!retraining.publish()) {
            throw new ApiException(HttpStatus.CONFLICT, "nothing_to_publish", "no change of intent examples is waiting");
        }
        return ModelView.of(retraining.state());
    }

    public record QueueView(List<IntentGroupView> unanswered, List<AgentAnswerView> agentAnswers, Map<String, Long> totals) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IntentGroupView(String suggestedIntent, long count, List<QuestionGroupView> questions) {

        static IntentGroupView of(IntentGroup group) {
            return new IntentGroupView(group.suggestedIntent().orElse(null), group.count(),
                    group.questions().stream().map(QuestionGroupView::of).toList());
        }
    }

    public record QuestionGroupView(String language, String text, long count, long handedOff, List<Wording> wordings,
                                    List<Long> items, Instant lastAsked) {

        static QuestionGroupView of(QuestionGroup group) {
            return new QuestionGroupView(group.language(), group.text(), group.count(), group.handedOff(),
                    group.wordings(), group.items(), group.lastAsked());
        }
    }

    /** @param offer {@code {"kind":"draft-faq",title,question,answer}} or {@code {"kind":"example-for-faq",faqId,faqTitle,intent}} */
    public record AgentAnswerView(long id, String language, String question, String reply, String agent,
                                  Map<String, Object> offer, String conversationId, Instant resolvedAt, String state) {

        static AgentAnswerView of(AgentAnswer answer) {
            Map<String, Object> offer = answer.offer() instanceof AgentAnswer.ExampleForFaq example
                    ? example.intent().<Map<String, Object>>map(intent -> Map.of("kind", "example-for-faq",
                            "faqId", example.faqId(), "faqTitle", example.faqTitle(), "intent", intent))
                            .orElseGet(() -> Map.of("kind", "example-for-faq", "faqId", example.faqId(),
                                    "faqTitle", example.faqTitle()))
                    : draft((AgentAnswer.DraftFaq) answer.offer());
            return new AgentAnswerView(answer.id(), answer.language(), answer.question(), answer.reply(), answer.agent(),
                    offer, answer.conversationId(), answer.resolvedAt(), answer.state().code());
        }

        private static Map<String, Object> draft(AgentAnswer.DraftFaq draft) {
            return Map.of("kind", "draft-faq", "title", draft.title(), "question", draft.question(), "answer", draft.answer());
        }
    }

    /**
     * @param state  {@code closed}, {@code dismissed} or {@code open} (undo)
     * @param action for {@code closed}: {@code example-added}, {@code answered-with-faq} or {@code new-faq}
     */
    public record Decision(List<Long> items, String state, String action) {
    }

    @GetMapping("/items")
    public Mono<QueueView> items(@RequestParam(name = "days", defaultValue = "30") int days,
                                 @RequestParam(name = "state", defaultValue = "open") String state) {
        if (days < 1 || days > LearningLoop.MAX_DAYS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_days", "days must be from 1 to " + LearningLoop.MAX_DAYS);
        }
        LearningLoop.StateFilter filter = switch (state) {
            case "open" -> LearningLoop.StateFilter.OPEN;
            case "closed" -> LearningLoop.StateFilter.CLOSED;
            case "dismissed" -> LearningLoop.StateFilter.DISMISSED;
            case "all" -> LearningLoop.StateFilter.ALL;
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_state",
                    "state must be open, closed, dismissed or all");
        };
        return learning.queue(days, filter).map(queue -> new QueueView(
                queue.unanswered().stream().map(IntentGroupView::of).toList(),
                queue.agentAnswers().stream().map(AgentAnswerView::of).toList(), queue.totals()));
    }

    @PostMapping("/items/decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> decide(@RequestBody Decision decision, Principal editor) {
        List<Long> items = LearningItems.required(decision.items());
        ItemState state = switch (String.valueOf(decision.state()).toLowerCase(Locale.ROOT)) {
            case "open" -> new ItemState.Open();
            case "dismissed" -> new ItemState.Dismissed(editor.getName(), clock.instant());
            case "closed" -> new ItemState.Closed(ItemState.ClosingAction.fromCode(String.valueOf(decision.action()))
                    .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "invalid_action",
                            "action must be example-added, answered-with-faq or new-faq")),
                    editor.getName(), clock.instant());
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_state", "state must be closed, dismissed or open");
        };
        return learning.decide(items, state).onErrorMap(LearningItemNotFoundException.class,
                missing -> new ApiException(HttpStatus.NOT_FOUND, "item_not_found", missing.getMessage()));
    }
}
