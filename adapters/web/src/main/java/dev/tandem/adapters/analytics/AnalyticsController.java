package dev.tandem.adapters.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.analytics.AnalyticsSummary;
import dev.tandem.bot.analytics.ViewAnalytics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/analytics/summary?days=30} (role ADMIN or EDITOR). */
@RestController
@RequestMapping("/api/v1/analytics")
public class AnalyticsController {

    private final ViewAnalytics viewAnalytics;

    public AnalyticsController(ViewAnalytics viewAnalytics) {
        this.viewAnalytics = viewAnalytics;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SummaryView(Instant since, long conversations, long handedOff, double containmentRate,
                              Map<String, Long> handoffsByReason, Map<String, CsatView> csat,
                              Double averageWaitSeconds, Double averageHandleSeconds,
                              List<AnalyticsSummary.HourCount> busiestHours, List<AnalyticsSummary.Question> unanswered,
                              AnalyticsSummary.Votes helpfulVotes, List<AnalyticsSummary.DayCount> byDay,
                              List<AnalyticsSummary.WeekdayHour> weekdayHours, List<AnalyticsSummary.Split> byLanguage,
                              List<AnalyticsSummary.Split> byChannel) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CsatView(long ratings, Double average) {

        static CsatView of(AnalyticsSummary.Csat csat) {
            return new CsatView(csat.ratings(), csat.average().orElse(null));
        }
    }

    @GetMapping("/summary")
    public Mono<SummaryView> summary(@RequestParam(name = "days", defaultValue = "30") int days) {
        if (days < 1 || days > ViewAnalytics.MAX_DAYS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_days", "days must be from 1 to " + ViewAnalytics.MAX_DAYS);
        }
        return viewAnalytics.summary(days).map(summary -> new SummaryView(summary.since(), summary.conversations(),
                summary.handedOff(), summary.containmentRate(), summary.handoffsByReason(),
                Map.of("bot", CsatView.of(summary.csatBot()), "agent", CsatView.of(summary.csatAgent())),
                summary.averageWaitSeconds().orElse(null), summary.averageHandleSeconds().orElse(null),
                summary.busiestHours(), summary.unanswered(), summary.helpfulVotes(), summary.byDay(),
                summary.weekdayHours(), summary.byLanguage(), summary.byChannel()));
    }
}
