package dev.tandem.bot.conversation;

import java.util.Objects;
import java.util.Optional;

/**
 * What the bot remembers between a shopper's messages, so it can notice that it is not helping: unsure turns
 * in a row, the last FAQ answer it gave (a second identical answer helps nobody), the answer awaiting a
 * "Was this helpful?" vote, whether the shopper just said an answer did not help, and the order
 * conversation in progress.
 *
 * @param lowConfidenceStreak shopper messages in a row the bot was unsure about
 * @param lastFaqId           the FAQ entry of the bot's latest answer
 * @param voteSeq             seq of the answer waiting for a helpful vote; 0 when none is
 * @param answerUnhelpful     the shopper rated the latest answer unhelpful and has not been helped since
 */
public record BotMemory(int lowConfidenceStreak, Optional<String> lastFaqId, long voteSeq, boolean answerUnhelpful,
                        OrderMemory order) {

    public static final BotMemory EMPTY = new BotMemory(0, Optional.empty(), 0, false, OrderMemory.NONE);

    public BotMemory {
        Objects.requireNonNull(order, "order");
        if (lowConfidenceStreak < 0 || voteSeq < 0) {
            throw new IllegalArgumentException("streak and vote seq are never negative");
        }
    }

    /** Memory with no order conversation in progress. */
    public BotMemory(int lowConfidenceStreak, Optional<String> lastFaqId, long voteSeq, boolean answerUnhelpful) {
        this(lowConfidenceStreak, lastFaqId, voteSeq, answerUnhelpful, OrderMemory.NONE);
    }

    public boolean awaitsVote() {
        return voteSeq > 0;
    }
}
