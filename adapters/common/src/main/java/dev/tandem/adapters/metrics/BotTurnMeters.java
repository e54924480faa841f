package dev.tandem.adapters.metrics;

import dev.tandem.bot.shopper.BotTurnOutcome;
import dev.tandem.bot.shopper.port.BotTurns;
import dev.tandem.intents.Language;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** bot-core's count of bot turns as {@link MetricNames#BOT_TURNS}: every language and outcome from zero. */
public class BotTurnMeters implements BotTurns {

    private final Map<Language, Map<BotTurnOutcome, Counter>> counters = new EnumMap<>(Language.class);

    public BotTurnMeters(MeterRegistry registry) {
        for (Language language : Language.values()) {
            Map<BotTurnOutcome, Counter> byOutcome = new EnumMap<>(BotTurnOutcome.class);
            for (BotTurnOutcome outcome : BotTurnOutcome.values()) {
                byOutcome.put(outcome, Counter.builder(MetricNames.BOT_TURNS)
                        .description("Shopper messages the bot took, by how the turn ended")
                        .tag("language", language.code())
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                        .register(registry));
            }
            counters.put(language, byOutcome);
        }
    }

    @Override
    public void taken(Language language, BotTurnOutcome outcome) {
        counters.get(language).get(outcome).increment();
    }
}
