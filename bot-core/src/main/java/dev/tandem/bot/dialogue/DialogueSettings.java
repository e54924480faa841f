package dev.tandem.bot.dialogue;

import dev.tandem.intents.Language;
import java.util.EnumMap;
import java.util.Map;

/**
 * The thresholds of the dialogue policy; configuration, so a shop can trade answers for handoffs. Each language
 * may have its own, because the classifier is not equally sure of itself in every language.
 *
 * @param thresholds               for a language without thresholds of its own
 * @param byLanguage               a language's own thresholds
 * @param languageSwitchConfidence switch the conversation's language only on a guess at least this sure
 */
public record DialogueSettings(Thresholds thresholds, Map<Language, Thresholds> byLanguage,
                               double languageSwitchConfidence) {

    /**
     * When the bot acts on what it understood, in one language.
     *
     * @param intentConfidence       act on the classifier's best intent at or above this confidence
     * @param intentMargin           ... and only when it leads the runner-up by at least this much (two close
     *                               guesses: the bot asks rather than answers)
     * @param humanRequestConfidence hand off on a request for a person at or above this (lower: missing one is worse)
     * @param faqSearchScore         when the classifier is unsure, answer the best FAQ search hit at or above this
     *                               score, and only if the classifier counts its intent among its best guesses
     */
    public record Thresholds(double intentConfidence, double intentMargin, double humanRequestConfidence,
                             double faqSearchScore) {
    }

    public DialogueSettings {
        byLanguage = byLanguage.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byLanguage));
    }

    public static DialogueSettings defaults() {
        return new DialogueSettings(new Thresholds(0.40, 0.0, 0.35, 0.65), Map.of(), 0.5);
    }

    /** The thresholds that hold for a message in this language. */
    public Thresholds in(Language language) {
        return byLanguage.getOrDefault(language, thresholds);
    }
}
