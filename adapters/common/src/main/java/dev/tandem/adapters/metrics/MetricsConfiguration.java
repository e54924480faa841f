package dev.tandem.adapters.metrics;

import dev.tandem.adapters.events.InProcessConversationEvents;
import dev.tandem.bot.queue.WatchQueue;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The business meters beside Spring Boot's JVM and HTTP ones, all served at {@code /actuator/prometheus} (role
 * ADMIN). Order lookups, channel deliveries and content reloads are measured where they happen.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    BotTurnMeters botTurnMeters(MeterRegistry registry) {
        return new BotTurnMeters(registry);
    }

    @Bean
    ChannelMeters channelMeters(MeterRegistry registry) {
        return new ChannelMeters(registry);
    }

    @Bean
    ConversationMeters conversationMeters(InProcessConversationEvents events, MeterRegistry registry) {
        return new ConversationMeters(events, registry);
    }

    @Bean
    QueueGauges queueGauges(WatchQueue queue, InProcessConversationEvents events, MeterRegistry registry, Clock clock,
                            @Value("${tandem.metrics.queue-refresh:15s}") Duration refreshEvery) {
        return new QueueGauges(queue, events, registry, clock, refreshEvery);
    }
}
