package dev.tandem.adapters.wiring;

import dev.tandem.adapters.content.CurrentShopKnowledge;
import dev.tandem.adapters.events.ContentReload;
import dev.tandem.adapters.events.QueueCache;
import dev.tandem.adapters.persistence.R2dbcAgentQueueStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * What the other nodes' notices act on besides the live streams (postgres profile): the queue this node caches and
 * the content it serves. Wired here so that the event bus knows neither the store nor the content classes.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class ScaleOutWiring {

    @Bean
    QueueCache queueCache(R2dbcAgentQueueStore store) {
        return store::changed;
    }

    @Bean
    ContentReload contentReload(CurrentShopKnowledge knowledge) {
        return knowledge::reloadIfChanged;
    }
}
