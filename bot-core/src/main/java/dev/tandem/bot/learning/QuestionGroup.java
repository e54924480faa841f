package dev.tandem.bot.learning;

import java.time.Instant;
import java.util.List;

/**
 * Questions in one language worded alike (the same words once case, accents' compatibility forms and punctuation
 * are set aside), most frequent wording first. An action on the group applies to all its {@code items}.
 *
 * @param handedOff how many of them ended with the bot passing the shopper to a person
 */
public record QuestionGroup(String language, List<Wording> wordings, long count, long handedOff, List<Long> items,
                            Instant lastAsked) {

    public QuestionGroup {
        wordings = List.copyOf(wordings);
        items = List.copyOf(items);
    }

    /** The wording shown first: the most frequent one. */
    public String text() {
        return wordings.get(0).text();
    }
}
