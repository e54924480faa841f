package dev.tandem.adapters.learning;

import dev.tandem.adapters.editor.writing.SaveOutcome;
import dev.tandem.adapters.editor.writing.SaveResponses;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.learning.ItemState;
import dev.tandem.bot.learning.LearningItemNotFoundException;
import dev.tandem.bot.learning.LearningLoop;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** A content save that, once saved (never before), closes the learning items it dealt with. */
@Component
public class ClosingSaves {

    private final SaveResponses responses;
    private final LearningLoop learning;
    private final Clock clock;

    public ClosingSaves(SaveResponses responses, LearningLoop learning, Clock clock) {
        this.responses = responses;
        this.learning = learning;
        this.clock = clock;
    }

    Mono<ResponseEntity<Object>> save(List<Long> items, ItemState.ClosingAction action, Principal editor, boolean wait,
                                      HttpStatus created, Callable<SaveOutcome> save) {
        return responses.saved(save, wait, created).flatMap(response -> response.getStatusCode().is2xxSuccessful()
                && !items.isEmpty()
                ? learning.decide(items, new ItemState.Closed(action, editor.getName(), clock.instant()))
                        .onErrorMap(LearningItemNotFoundException.class, missing -> new ApiException(
                                HttpStatus.NOT_FOUND, "item_not_found", "the content was saved, but "
                                        + missing.getMessage()))
                        .thenReturn(response)
                : Mono.just(response));
    }
}
