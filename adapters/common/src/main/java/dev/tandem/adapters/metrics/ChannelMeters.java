package dev.tandem.adapters.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * The outbound channels' {@link MetricNames#CHANNEL_DELIVERY_FAILURES}, each channel's from zero whether or not it
 * is enabled, so a dashboard shows 0 rather than no data.
 */
public class ChannelMeters {

    private final Map<String, Counter> deliveryFailures;

    public ChannelMeters(MeterRegistry registry) {
        this.deliveryFailures = Map.of("telegram", counter(registry, "telegram"), "email", counter(registry, "email"));
    }

    private static Counter counter(MeterRegistry registry, String channel) {
        return Counter.builder(MetricNames.CHANNEL_DELIVERY_FAILURES)
                .description("Answers a channel could not deliver (e-mail retries later; Telegram keeps them in the transcript)")
                .tag("channel", channel)
                .register(registry);
    }

    public Counter telegramFailures() {
        return deliveryFailures.get("telegram");
    }

    public Counter emailFailures() {
        return deliveryFailures.get("email");
    }
}
