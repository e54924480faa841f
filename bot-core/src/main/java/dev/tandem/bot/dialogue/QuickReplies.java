package dev.tandem.bot.dialogue;

import dev.tandem.intents.Language;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bot's own buttons, recognised when they come back as the shopper's message, in any language: a shopper
 * may switch language, and the button they press is the one the bot offered earlier.
 */
public enum QuickReplies {
    HUMAN("quick-reply.human"),
    HELPFUL("quick-reply.helpful"),
    UNHELPFUL("quick-reply.unhelpful"),
    CONFIRM("quick-reply.confirm"),
    DECLINE("quick-reply.decline"),
    CANCEL_ORDER("quick-reply.cancel-order"),
    START_RETURN("quick-reply.start-return");

    /** The labels in every language as the buttons send them: fixed texts, computed once. */
    private final Set<String> buttonTexts;

    QuickReplies(String key) {
        this.buttonTexts = Arrays.stream(Language.values())
                .map(language -> BotTexts.text(language, key))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean matches(String text) {
        String stripped = text.strip();
        return buttonTexts.stream().anyMatch(label -> label.equalsIgnoreCase(stripped));
    }

    /** Whether the text is one of the bot's button labels: an answer to the bot, not words of the shopper's own. */
    public static boolean isLabel(String text) {
        return Arrays.stream(values()).anyMatch(label -> label.matches(text));
    }

    /**
     * Whether the text is a button label letter for letter, as the widget and Telegram send a pressed button.
     * "talk to a person" typed in lower case is the shopper's own words, though it means the same.
     */
    public static boolean isButtonText(String text) {
        String stripped = text.strip();
        return Arrays.stream(values()).anyMatch(label -> label.buttonTexts.contains(stripped));
    }
}
