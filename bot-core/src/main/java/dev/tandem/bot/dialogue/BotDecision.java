package dev.tandem.bot.dialogue;

import dev.tandem.bot.conversation.BotMemory;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.conversation.OrderMemory;
import dev.tandem.intents.Language;
import java.util.List;
import java.util.Optional;

/**
 * What the bot makes of one shopper message: what it understood, what it says, and what it remembers for the
 * next message. A handoff's notice (with the queue position) is written by the use case, which knows the queue.
 */
public sealed interface BotDecision {

    /** What every decision says back: in the shopper's language, about the message as understood. */
    record Said(Language language, Message.Understanding understood, List<BotReply> replies) {

        public Said {
            replies = List.copyOf(replies);
        }
    }

    Said said();

    default Language language() {
        return said().language();
    }

    default Message.Understanding understood() {
        return said().understood();
    }

    default List<BotReply> replies() {
        return said().replies();
    }

    /**
     * What the bot remembers after this turn.
     *
     * @param answerSeq the seq the first reply will be saved at (the answer a vote is asked about)
     */
    BotMemory memoryAfter(BotMemory before, long answerSeq);

    /** The bot could not answer this message: editors find it among the unanswered questions. */
    default boolean unanswered() {
        return false;
    }

    /** An FAQ answer followed by "Was this helpful?". */
    record Answer(Said said, String faqId) implements BotDecision {

        @Override
        public BotMemory memoryAfter(BotMemory before, long answerSeq) {
            return new BotMemory(0, Optional.of(faqId), answerSeq, false, before.order().leftAside());
        }
    }

    /** Words of the bot's own: small talk, "not the shop's business", which of two requests first. */
    record Reply(Said said) implements BotDecision {

        @Override
        public BotMemory memoryAfter(BotMemory before, long answerSeq) {
            return new BotMemory(0, before.lastFaqId(), 0, before.answerUnhelpful(), before.order().leftAside());
        }
    }

    /**
     * Unsure what the shopper means: one question with the best guesses as buttons.
     *
     * @param unsureTurns the shopper's messages in a row the bot has been unsure about, this one included
     */
    record Clarify(Said said, int unsureTurns) implements BotDecision {

        @Override
        public BotMemory memoryAfter(BotMemory before, long answerSeq) {
            return new BotMemory(unsureTurns, before.lastFaqId(), 0, before.answerUnhelpful(), before.order().leftAside());
        }

        @Override
        public boolean unanswered() {
            return true;
        }
    }

    /** The shopper answered "Was this helpful?" about the bot's latest answer; an unhelpful one is remembered. */
    record Voted(Said said, boolean helpful) implements BotDecision {

        @Override
        public BotMemory memoryAfter(BotMemory before, long answerSeq) {
            return new BotMemory(0, before.lastFaqId(), 0, !helpful, before.order().leftAside());
        }
    }

    /** The order dialogue's answer: a question about the order, its status, or what can be done with it. */
    record AboutOrder(Said said, OrderMemory order) implements BotDecision {

        @Override
        public BotMemory memoryAfter(BotMemory before, long answerSeq) {
            return new BotMemory(0, before.lastFaqId(), 0, false, order);
        }
    }

    /**
     * A person takes over.
     *
     * @param said       its replies come before the notice: an FAQ answer the shop always follows with a person
     * @param unanswered the bot could not place the message (it was unsure, or its answer did not help)
     * @param order      the order conversation, set aside
     */
    record HandOff(Said said, HandoffReason reason, boolean unanswered, OrderMemory order) implements BotDecision {

        @Override
        public BotMemory memoryAfter(BotMemory before, long answerSeq) {
            Optional<String> answered = replies().stream().flatMap(reply -> reply.faqId().stream()).findFirst();
            return new BotMemory(0, answered.or(before::lastFaqId), 0, false, order);
        }
    }
}
