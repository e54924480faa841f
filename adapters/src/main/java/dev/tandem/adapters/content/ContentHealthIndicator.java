package dev.tandem.adapters.content;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** UP once the shop's content is loaded and the bot has an intent model and FAQ entries to answer from. */
@Component("content")
public class ContentHealthIndicator extends AbstractReactiveHealthIndicator {

    private final CurrentShopKnowledge knowledge;

    public ContentHealthIndicator(CurrentShopKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        CurrentShopKnowledge.LoadedKnowledge loaded = knowledge.loaded();
        boolean answering = loaded.intents() > 0 && loaded.faqEntries().values().stream().anyMatch(count -> count > 0);
        return Mono.just((answering ? builder.up() : builder.down())
                .withDetail("intents", loaded.intents())
                .withDetail("faqEntries", loaded.faqEntries())
                .build());
    }
}
