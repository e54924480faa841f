package dev.tandem.bot.dialogue;

import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.conversation.OrderMemory;
import dev.tandem.intents.Language;
import java.util.List;

/**
 * A shopper's message as the dialogue policy understood it, handed to the order dialogue.
 *
 * @param order the order conversation before this message
 */
public record UnderstoodMessage(String conversationId, String text, Language language, Message.Understanding understood,
                                OrderMemory order) {

    public BotDecision aboutOrder(List<BotReply> replies, OrderMemory after) {
        return new BotDecision.AboutOrder(new BotDecision.Said(language, understood, replies), after);
    }

    public BotDecision handOff(HandoffReason reason, OrderMemory after) {
        return new BotDecision.HandOff(new BotDecision.Said(language, understood, List.of()), reason, false,
                after.leftAside());
    }
}
