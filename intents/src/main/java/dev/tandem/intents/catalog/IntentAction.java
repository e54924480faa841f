package dev.tandem.intents.catalog;

/** What the bot does when it recognises an intent; {@code action:} in {@code intents/<intent>.yml}. */
public enum IntentAction {
    /** Answer with the FAQ entry whose front matter names this intent. */
    FAQ,
    /** Look the shopper's order up. */
    ORDER_LOOKUP,
    /** Put the shopper through to a person. */
    HANDOFF,
    /** Greeting, thanks, goodbye: answered politely, nothing to resolve. */
    SMALLTALK,
    /**
     * Not the shop's business (the weather, the time, jokes, other services): said so plainly, never answered
     * from the FAQ. Its examples teach the classifier what lies outside the shop.
     */
    OUT_OF_SCOPE
}
