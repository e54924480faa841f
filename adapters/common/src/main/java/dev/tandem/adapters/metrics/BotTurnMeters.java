package dev.tandem.adapters.metrics;

import dev.tandem.bot.shopper.BotTurnOutcome;
import dev.tandem.bot.shopper.port.BotTurns;
import dev.tandem.intents.Language;
import io.micrometer.core.instrument.MeterRegistry;

/** bot-core's count of bot turns as {@link MetricNames#BOT_TURNS}: every language and outcome from zero. */
public class BotTurnMeters implements BotTurns {

    private final LanguageCounters<BotTurnOutcome> counters;

    public BotTurnMeters(MeterRegistry registry) {
        this.counters = new LanguageCounters<>(registry, MetricNames.BOT_TURNS,
                "Shopper messages the bot took, by how the turn ended", "outcome", BotTurnOutcome.class);
    }

    @Override
    public void taken(Language language, BotTurnOutcome outcome) {
        counters.increment(language, outcome);
    }
}
