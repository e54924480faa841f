package dev.tandem.bot.dialogue;

import reactor.core.publisher.Mono;

/**
 * The dialogue policy's step for order questions: it asks the order system, so it answers asynchronously. The
 * order dialogue ({@code orders.OrderDialogue}) implements it; the policy decides when it is the one to answer.
 */
@FunctionalInterface
public interface OrderConversation {

    Mono<BotDecision> answer(UnderstoodMessage message);
}
