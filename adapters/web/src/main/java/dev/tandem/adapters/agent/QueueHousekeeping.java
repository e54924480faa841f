package dev.tandem.adapters.agent;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.schedule.RepeatingJob;
import dev.tandem.bot.agentdesk.AgentDesk;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the app is up, every few seconds puts the chats of agents who have been gone longer than the grace period
 * back in the queue: every half grace period, between once a second and once every 5 s, so with a short grace a
 * chat is not held much past it.
 */
@Component
public class QueueHousekeeping extends RepeatingJob {

    private static final Logger LOG = LoggerFactory.getLogger(QueueHousekeeping.class);
    private static final long SWEEP_MILLIS_AT_LEAST = 1_000;
    private static final long SWEEP_MILLIS_AT_MOST = 5_000;

    private final AgentDesk desk;
    private final Duration sweepEvery;

    public QueueHousekeeping(AgentDesk desk, TandemProperties properties) {
        this.desk = desk;
        long halfGrace = properties.queue().offlineGrace().toMillis() / 2;
        this.sweepEvery = Duration.ofMillis(Math.max(SWEEP_MILLIS_AT_LEAST, Math.min(halfGrace, SWEEP_MILLIS_AT_MOST)));
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        repeat(sweepEvery, sweepEvery, () -> desk.returnChatsOfAbsentAgents().doOnNext(returned -> {
            if (returned > 0) {
                LOG.info("Returned {} chats of offline agents to the queue", returned);
            }
        }), failure -> LOG.warn("Could not return the chats of offline agents; trying again shortly", failure));
    }
}
