package dev.tandem.bot.dialogue;

import dev.tandem.intents.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Everything the bot says that is not an FAQ answer, in each of Tandem's languages
 * ({@code bot-texts*.properties}, UTF-8). A missing text is a build-time bug, caught by a test that checks
 * every key in every language, so lookups here fail loudly instead of falling back to English.
 */
public final class BotTexts {

    private static final String BUNDLE = "dev.tandem.bot.dialogue.bot-texts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BotTexts() {
    }

    public static String text(Language language, String key, Object... arguments) {
        // Always through MessageFormat, so the '' escapes in the bundles mean the same with and without arguments.
        return new MessageFormat(bundle(language).getString(key), locale(language)).format(arguments);
    }

    public static boolean has(Language language, String key) {
        return bundle(language).containsKey(key);
    }

    public static Set<String> keys(Language language) {
        return bundle(language).keySet();
    }

    private static ResourceBundle bundle(Language language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale(language), BotTexts.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException missing) {
            throw new IllegalStateException("bot texts for " + language.code() + " are missing from the jar", missing);
        }
    }

    private static Locale locale(Language language) {
        return Locale.forLanguageTag(language.code());
    }
}
