package dev.tandem.adapters.metrics;

import dev.tandem.intents.Language;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One counter for each language and each value of {@code E}, all registered at once, so a dashboard shows 0
 * for a pair that has not happened yet rather than no data.
 */
final class LanguageCounters<E extends Enum<E>> {

    private final Map<Language, Map<E, Counter>> counters = new EnumMap<>(Language.class);

    /** @param tag the tag that holds the value of {@code E}, in lower case */
    LanguageCounters(MeterRegistry registry, String name, String description, String tag, Class<E> values) {
        for (Language language : Language.values()) {
            Map<E, Counter> byValue = new EnumMap<>(values);
            for (E value : values.getEnumConstants()) {
                byValue.put(value, Counter.builder(name)
                        .description(description)
                        .tag("language", language.code())
                        .tag(tag, value.name().toLowerCase(Locale.ROOT))
                        .register(registry));
            }
            counters.put(language, byValue);
        }
    }

    void increment(Language language, E value) {
        counters.get(language).get(value).increment();
    }
}
