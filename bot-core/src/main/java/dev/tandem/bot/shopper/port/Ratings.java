package dev.tandem.bot.shopper.port;

import dev.tandem.bot.shopper.Rating;
import reactor.core.publisher.Mono;

/** Outgoing port: the shoppers' ratings of their conversations, and their votes on the bot's answers. */
public interface Ratings {

    /** Whether the shopper rated one of the bot's answers in this conversation helpful. */
    Mono<Boolean> hadHelpfulAnswer(String conversationId);

    /** Saves a rating; {@code false} when the conversation was rated before (the first rating stands). */
    Mono<Boolean> rate(Rating rating);
}
