package dev.tandem.adapters.metrics;

import dev.tandem.adapters.events.InProcessConversationEvents;
import dev.tandem.adapters.events.OwnEventsListener;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.intents.Language;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * Handoffs, queue waits, handle times and CSAT, counted from this node's own conversation events (the stream the
 * outbound channels read): each event is counted once in the cluster, by the node where it happened, so the
 * counters of all nodes add up.
 */
public class ConversationMeters extends OwnEventsListener implements SmartLifecycle {

    /** Buckets a dashboard can show as "answered within": a minute, two, five, ten, half an hour. */
    private static final Duration[] WAIT_BUCKETS = {Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
        Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30)};

    private final LanguageCounters<HandoffReason> handoffs;
    private final Timer queueWait;
    private final Timer handleTime;
    private final DistributionSummary csatByBot;
    private final DistributionSummary csatByAgent;

    public ConversationMeters(InProcessConversationEvents events, MeterRegistry registry) {
        super(events, "Conversation metrics");
        this.handoffs = new LanguageCounters<>(registry, MetricNames.HANDOFFS,
                "Conversations the bot handed to the agent queue, by reason", "reason", HandoffReason.class);
        this.queueWait = Timer.builder(MetricNames.QUEUE_WAIT)
                .description("How long handed-off conversations waited until an agent claimed them")
                .serviceLevelObjectives(WAIT_BUCKETS)
                .register(registry);
        this.handleTime = Timer.builder(MetricNames.HANDLE_TIME)
                .description("How long agents held conversations from claim to resolve")
                .serviceLevelObjectives(WAIT_BUCKETS)
                .register(registry);
        this.csatByBot = csat(registry, "bot");
        this.csatByAgent = csat(registry, "agent");
    }

    private static DistributionSummary csat(MeterRegistry registry, String handledBy) {
        return DistributionSummary.builder(MetricNames.CSAT)
                .description("Shoppers' ratings of conversations, 1 to 5")
                .tag("handled_by", handledBy)
                .serviceLevelObjectives(1, 2, 3, 4, 5)
                .register(registry);
    }

    @Override
    protected void onEvent(ConversationEvent event) {
        switch (event.type()) {
            case HANDED_OFF -> event.reason().ifPresent(reason -> event.detail().flatMap(Language::fromCode)
                    .ifPresent(language -> handoffs.increment(language, reason)));
            case CLAIMED -> event.value().ifPresent(seconds -> queueWait.record(Duration.ofSeconds(seconds)));
            case RESOLVED -> event.value().ifPresent(seconds -> handleTime.record(Duration.ofSeconds(seconds)));
            case RATED -> event.value().ifPresent(score ->
                    (event.agent().isPresent() ? csatByAgent : csatByBot).record(score));
            default -> {
            }
        }
    }
}
