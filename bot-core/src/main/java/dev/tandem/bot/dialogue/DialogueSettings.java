package dev.tandem.bot.dialogue;

/**
 * The thresholds of the dialogue policy; configuration, so a shop can trade answers for handoffs.
 *
 * @param intentConfidence       act on the classifier's best intent at or above this confidence
 * @param humanRequestConfidence hand off on a request for a person at or above this (lower: missing one is worse)
 * @param faqSearchScore         when the classifier is unsure, answer the best FAQ search hit at or above this score
 * @param languageSwitchConfidence switch the conversation's language only on a guess at least this sure
 */
public record DialogueSettings(double intentConfidence, double humanRequestConfidence, double faqSearchScore,
                               double languageSwitchConfidence) {

    public static DialogueSettings defaults() {
        return new DialogueSettings(0.40, 0.35, 0.65, 0.5);
    }
}
