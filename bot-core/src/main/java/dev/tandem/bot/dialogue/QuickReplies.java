package dev.tandem.bot.dialogue;

import dev.tandem.intents.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bot's own buttons, recognised when they come back as the shopper's message, in any language: a shopper
 * may switch language, and the button they press is the one the bot offered earlier.
 */
enum QuickReplies {
    HUMAN("quick-reply.human"),
    HELPFUL("quick-reply.helpful"),
    UNHELPFUL("quick-reply.unhelpful");

    /** The labels in every language, lower-cased: fixed texts, computed once. */
    private final Set<String> labels;

    QuickReplies(String key) {
        this.labels = Arrays.stream(Language.values())
                .map(language -> BotTexts.text(language, key).toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean matches(String text) {
        return labels.contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
