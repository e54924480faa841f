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

    Language language();

    Message.Understanding understood();

    List<BotReply> replies();

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
    record Answer(Language language, Message.Understanding understood, List<BotReply> replies, String faqId)
            implements BotDecision {

        public Answer {
            replies = List.copyOf(replies);
        }

        @Override
        public BotMemory memoryAfter(BotMemory before, long answerSeq) {
            return new BotMemory(0, Optional.of(faqId), answerSeq, false, before.order().leftAside());
        }
    }

    /** Words of the bot's own: small talk, "not the shop's business", which of two requests first. */
    record Reply(Language language, Message.Understanding understood, List<BotReply> replies) implements BotDecision {

        public Reply {
            replies = List.copyOf(replies);
        }

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
    record Clarify(Language language, Message.Understanding understood, List<BotReply> replies, int unsureTurns)
            implements BotDecision {

        public Clarify {
            replies = List.copyOf(replies);
        }

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
    record Voted(Language language, Message.Understanding understood, List<BotReply> replies, boolean helpful)
            implements BotDecision {

        public Voted {
            replies = List.copyOf(replies);
        }

        @Override
        public BotMemory memoryAfter(BotMemory before, long answerSeq) {
            return new BotMemory(0, before.lastFaqId(), 0, !helpful, before.order().leftAside());
        }
    }

    /** The order dialogue's answer: a question about the order, its status, or what can be done with it. */
    record AboutOrder(Language language, Message.Understanding understood, List<BotReply> replies, OrderMemory order)
            implements BotDecision {

        public AboutOrder {
            replies = List.copyOf(replies);
        }

        @Override
        public BotMemory memoryAfter(BotMemory before, long answerSeq) {
            return new BotMemory(0, before.lastFaqId(), 0, false, order);
        }
    }

    /**
     * A person takes over.
     *
     * @param replies    said before the notice: an FAQ answer the shop always follows with a person
     * @param unanswered the bot could not place the message (it was unsure, or its answer did not help)
     * @param order      the order conversation, set aside
     */
    record HandOff(Language language, Message.Understanding understood, HandoffReason reason, List<BotReply> replies,
                   boolean unanswered, OrderMemory order) implements BotDecision {

        public HandOff {
            replies = List.copyOf(replies);
        }

        @Override
        public BotMemory memoryAfter(BotMemory before, long answerSeq) {
            Optional<String> answered = replies.stream().flatMap(reply -> reply.faqId().stream()).findFirst();
            return new BotMemory(0, answered.or(before::lastFaqId), 0, false, order);
        }
    }
}
