package dev.tandem.adapters.content;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * UP once the shop's content is loaded and the bot has an intent model and FAQ entries to answer from;
 * OUT_OF_SERVICE while it is still loading at start-up (the overall status, and so the HTTP status of
 * {@code /actuator/health}, is then 503).
 */
@Component("content")
public class ContentHealthIndicator extends AbstractReactiveHealthIndicator {

    private final CurrentShopKnowledge knowledge;

    public ContentHealthIndicator(CurrentShopKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return Mono.just(knowledge.loadedIfReady().map(loaded -> {
            boolean answering = loaded.intents() > 0
                    && loaded.faqEntries().values().stream().anyMatch(count -> count > 0);
            return (answering ? builder.up() : builder.down())
                    .withDetail("intents", loaded.intents())
                    .withDetail("faqEntries", loaded.faqEntries())
                    .build();
        }).orElseGet(() -> builder.outOfService().withDetail("loading", true).build()));
    }
}
