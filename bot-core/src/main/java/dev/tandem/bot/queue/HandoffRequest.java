package dev.tandem.bot.queue;

import dev.tandem.bot.text.ChatText;
import java.util.Objects;
import java.util.Optional;

/**
 * What a handed-off shopper asked for, as an agent triages it: the question in the shopper's own words, the
 * topic the bot recognised in it (an intent of the shop's content, so it can be named in the agent's language)
 * and the order it is about.
 *
 * @param question    the shopper's words, on one line
 * @param topic       the intent the question was recognised as, if any
 * @param orderNumber the order the conversation is about, if one was named
 */
public record HandoffRequest(String question, Optional<String> topic, Optional<String> orderNumber) {

    public static final int MAX_LENGTH = 140;

    public HandoffRequest {
        question = ChatText.oneLine(Objects.requireNonNull(question, "question"), MAX_LENGTH);
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(orderNumber, "orderNumber");
    }

    /** Only the shopper's words: nothing recognised in them. */
    public static HandoffRequest of(String question) {
        return new HandoffRequest(question, Optional.empty(), Optional.empty());
    }
}
