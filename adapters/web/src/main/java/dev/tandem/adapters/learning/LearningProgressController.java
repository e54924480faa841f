package dev.tandem.adapters.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.learning.LearningLoop;
import dev.tandem.bot.learning.WeekProgress;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/analytics/learning?weeks=12} (role ADMIN or EDITOR): the learning loop week by week. */
@RestController
public class LearningProgressController {

    private final LearningLoop learning;

    public LearningProgressController(LearningLoop learning) {
        this.learning = learning;
    }

    /** @param answeredShare 0..1, absent in a week without questions */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WeekView(LocalDate weekStart, long questions, long unanswered, Double answeredShare, long closed,
                           long dismissed) {

        static WeekView of(WeekProgress week) {
            return new WeekView(week.weekStart(), week.questions(), week.unanswered(), week.answeredShare().orElse(null),
                    week.closed(), week.dismissed());
        }
    }

    public record ProgressView(List<WeekView> weeks) {
    }

    @GetMapping("/api/v1/analytics/learning")
    public Mono<ProgressView> progress(@RequestParam(name = "weeks", defaultValue = "12") int weeks) {
        if (weeks < 1 || weeks > LearningLoop.MAX_WEEKS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_weeks", "weeks must be from 1 to " + LearningLoop.MAX_WEEKS);
        }
        return learning.progress(weeks).map(list -> new ProgressView(list.stream().map(WeekView::of).toList()));
    }
}
