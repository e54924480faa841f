package dev.tandem.adapters.agent;

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
 * back in the queue.
 */
@Component
public class QueueHousekeeping extends RepeatingJob {

    private static final Logger LOG = LoggerFactory.getLogger(QueueHousekeeping.class);
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(5);

    private final AgentDesk desk;

    public QueueHousekeeping(AgentDesk desk) {
        this.desk = desk;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        repeat(SWEEP_EVERY, SWEEP_EVERY, () -> desk.returnChatsOfAbsentAgents().doOnNext(returned -> {
            if (returned > 0) {
                LOG.info("Returned {} chats of offline agents to the queue", returned);
            }
        }), failure -> LOG.warn("Could not return the chats of offline agents; trying again shortly", failure));
    }
}
