package dev.tandem.bot.dialogue;

import java.util.List;
import java.util.Optional;

/** One message the bot decided to send: its text, the FAQ entry it answers from, and any quick replies. */
public record BotReply(String text, Optional<String> faqId, List<String> quickReplies) {

    public BotReply {
        quickReplies = List.copyOf(quickReplies);
    }

    public static BotReply say(String text) {
        return new BotReply(text, Optional.empty(), List.of());
    }
}
