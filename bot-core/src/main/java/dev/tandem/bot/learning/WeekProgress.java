package dev.tandem.bot.learning;

import java.time.LocalDate;

/**
 * One ISO week (Monday to Sunday, UTC) of the learning loop.
 *
 * @param questions  shopper messages the bot read
 * @param unanswered of those, the ones it had no answer for
 * @param closed     learning items editors closed by an action
 * @param dismissed  learning items editors dismissed
 */
public record WeekProgress(LocalDate weekStart, long questions, long unanswered, long closed, long dismissed) {

    /** Share of questions answered, 0..1; empty in a week without questions. */
    public java.util.Optional<Double> answeredShare() {
        return questions == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(Math.max(0, questions - unanswered) / (double) questions);
    }
}
