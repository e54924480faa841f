package dev.tandem.bot.learning;

import java.util.List;
import java.util.Optional;

/**
 * Unanswered questions the bot took for the same intent, with that intent suggested for "add as an example of
 * intent …"; empty when the bot had no guess at all.
 */
public record IntentGroup(Optional<String> suggestedIntent, long count, List<QuestionGroup> questions) {

    public IntentGroup {
        questions = List.copyOf(questions);
    }
}
