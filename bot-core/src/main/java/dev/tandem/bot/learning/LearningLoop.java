package dev.tandem.bot.learning;

import java.util.Collection;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Use case: what editors can teach the bot (unanswered questions grouped by the intent it guessed, agents'
 * answers to handed-off questions), their decisions on it, and the weekly progress.
 */
public interface LearningLoop {

    int MAX_DAYS = 366;
    int MAX_WEEKS = 53;

    /** Items of the last {@code days} days in the given state ({@code null}: every state). */
    Mono<LearningQueue> queue(int days, StateFilter filter);

    /**
     * Records an editor's decision on items; what a content-writing action calls once its change is saved.
     *
     * @throws LearningItemNotFoundException (as the Mono's error) when an id is not an item
     */
    Mono<Void> decide(Collection<Long> items, ItemState decision);

    /** The last {@code weeks} ISO weeks, oldest first, the current one included. */
    Mono<List<WeekProgress>> progress(int weeks);

    /** Which items a queue lists. */
    enum StateFilter {
        OPEN, CLOSED, DISMISSED, ALL;

        boolean admits(ItemState state) {
            return switch (this) {
                case ALL -> true;
                case OPEN -> state instanceof ItemState.Open;
                case CLOSED -> state instanceof ItemState.Closed;
                case DISMISSED -> state instanceof ItemState.Dismissed;
            };
        }
    }

    /**
     * @param unanswered   questions the bot could not answer, by the intent it guessed, largest group first
     * @param agentAnswers agents' replies to handed-off questions, newest first
     * @param totals       items of the period per state ({@code open}, {@code closed}, {@code dismissed})
     */
    record LearningQueue(List<IntentGroup> unanswered, List<AgentAnswer> agentAnswers,
                         java.util.Map<String, Long> totals) {
    }
}
