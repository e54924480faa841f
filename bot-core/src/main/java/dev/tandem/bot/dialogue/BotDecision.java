package dev.tandem.bot.dialogue;

import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.intents.Language;
import java.util.List;
import java.util.Optional;

/**
 * What the bot makes of one shopper message: what it understood, what it answers, and whether the
 * conversation goes to a person. The handoff notice (with the queue position) is written by the caller,
 * which knows the queue.
 *
 * @param lowConfidenceStreak the conversation's streak of unsure turns after this one
 */
public record BotDecision(
        Language language,
        Message.Understanding understood,
        List<BotReply> replies,
        Optional<HandoffReason> handoff,
        int lowConfidenceStreak) {

    public BotDecision {
        replies = List.copyOf(replies);
    }
}
