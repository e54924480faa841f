package dev.tandem.bot.shopper;

import dev.tandem.bot.dialogue.BotDecision;

/**
 * How a turn the bot took ended, as operators count it: the share of turns the bot answers itself is the first
 * thing to watch after a content change.
 */
public enum BotTurnOutcome {
    /** The bot answered: from the FAQ, about an order, or a reply of its own (a greeting, "not our business"). */
    ANSWERED,
    /** The bot was unsure and asked back (its best guesses as buttons, or what a bare "talk to a person" is about). */
    CLARIFIED,
    /** The conversation joined the agent queue. */
    HANDED_OFF,
    /** The bot could not help: an answer was voted unhelpful, or a handoff found the queue full. */
    UNANSWERED;

    /** The outcome of a turn that stays with the bot. */
    static BotTurnOutcome of(BotDecision decision) {
        if (decision instanceof BotDecision.Clarify) {
            return CLARIFIED;
        }
        boolean unhelpful = decision instanceof BotDecision.Voted voted && !voted.helpful();
        return decision.unanswered() || unhelpful ? UNANSWERED : ANSWERED;
    }
}
