package dev.tandem.bot.shopper;

import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Use case: the shopper rates the conversation 1–5 (CSAT) after an agent resolved it, or once the bot answered
 * a question: bot-handled chats are rated too, or the comparison bot vs agent would be flattering.
 */
public interface RateConversation {

    Mono<Rating> rate(Command command);

    record Command(String conversationId, String token, int score, Optional<String> comment) {
    }
}
