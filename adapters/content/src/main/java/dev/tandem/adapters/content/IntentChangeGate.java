package dev.tandem.adapters.content;

import dev.tandem.intents.catalog.IntentCatalog;

/**
 * Decides on a reload whether changed intent files may replace the ones the bot serves. Refused, the serving
 * intents and model stay live and everything else of the reload (FAQ, canned replies) goes live as usual.
 */
@FunctionalInterface
public interface IntentChangeGate {

    IntentChangeGate ADMIT_ALL = (serving, candidate) -> true;

    /** Called on the reloading thread: must answer at once (a slow check runs elsewhere and reloads again). */
    boolean admits(IntentCatalog serving, IntentCatalog candidate);
}
