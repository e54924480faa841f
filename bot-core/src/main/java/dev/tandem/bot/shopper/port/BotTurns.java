package dev.tandem.bot.shopper.port;

import dev.tandem.bot.shopper.BotTurnOutcome;
import dev.tandem.intents.Language;

/** Where the outcome of each turn the bot took is counted (the server's metrics); told once the turn is saved. */
@FunctionalInterface
public interface BotTurns {

    /** Nobody counts (tests, benchmarks). */
    BotTurns NONE = (language, outcome) -> { };

    void taken(Language language, BotTurnOutcome outcome);
}
