package dev.tandem.bot.dialogue;

import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.conversation.OrderMemory;
import dev.tandem.intents.Language;
import java.util.List;
import java.util.Optional;

/**
 * What the bot makes of one shopper message: what it understood, what it answers, and whether the
 * conversation goes to a person. The handoff notice (with the queue position) is written by the caller,
 * which knows the queue.
 *
 * @param lowConfidenceStreak the conversation's streak of unsure turns after this one
 * @param vote                the shopper's answer to "Was this helpful?" about the bot's latest answer
 * @param answerUnhelpful     the shopper still needs help after an unhelpful answer
 * @param unanswered          the bot could not answer this message (counted for editors in analytics)
 * @param orderTurn           the message belongs to the order conversation: the order dialogue answers it
 * @param order               the order conversation after this turn; empty: set aside, as it was
 */
public record BotDecision(
        Language language,
        Message.Understanding understood,
        List<BotReply> replies,
        Optional<HandoffReason> handoff,
        int lowConfidenceStreak,
        Optional<Boolean> vote,
        boolean answerUnhelpful,
        boolean unanswered,
        boolean orderTurn,
        Optional<OrderMemory> order) {

    public BotDecision {
        replies = List.copyOf(replies);
    }

    /** The same decision, counted as a question the bot could not answer. */
    public BotDecision markedUnanswered() {
        return new BotDecision(language, understood, replies, handoff, lowConfidenceStreak, vote, answerUnhelpful, true,
                orderTurn, order);
    }

    /** The order dialogue's answer to an order turn. */
    public BotDecision answeredAboutOrder(List<BotReply> orderReplies, Optional<HandoffReason> orderHandoff,
                                          OrderMemory orderAfter) {
        return new BotDecision(language, understood, orderReplies, orderHandoff, 0, vote, false, false, false,
                Optional.of(orderAfter));
    }

    /** The FAQ entry this decision answers from, if it answers from one. */
    public Optional<String> answeredFaqId() {
        return replies.stream().flatMap(reply -> reply.faqId().stream()).findFirst();
    }
}
