package dev.tandem.adapters.agent;

import dev.tandem.bot.agentdesk.AgentDesk;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Once the app is up, every few seconds puts the chats of agents who have been gone longer than the grace period
 * back in the queue.
 */
@Component
public class QueueHousekeeping implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(QueueHousekeeping.class);
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(5);

    private final AgentDesk desk;
    private volatile Disposable sweeper;

    public QueueHousekeeping(AgentDesk desk) {
        this.desk = desk;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        sweeper = Flux.interval(SWEEP_EVERY)
                .concatMap(tick -> desk.returnChatsOfAbsentAgents()
                        .doOnNext(returned -> {
                            if (returned > 0) {
                                LOG.info("Returned {} chats of offline agents to the queue", returned);
                            }
                        })
                        .onErrorResume(failure -> {
                            LOG.warn("Could not return the chats of offline agents; trying again shortly", failure);
                            return Mono.empty();
                        }))
                .subscribe();
    }

    @Override
    public void destroy() {
        if (sweeper != null) {
            sweeper.dispose();
        }
    }
}
