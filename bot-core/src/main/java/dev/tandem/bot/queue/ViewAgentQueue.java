package dev.tandem.bot.queue;

import dev.tandem.intents.Language;
import java.time.Duration;
import java.util.Map;
import reactor.core.publisher.Flux;

/** Use case: an agent looks at the conversations waiting for a person, in the order they should be taken. */
public interface ViewAgentQueue {

    /** What {@code agent} may take, next first. */
    Flux<Waiting> waiting(String agent);

    /**
     * A queue entry with how long it has waited so far.
     *
     * @param topicTitles the request's topic named in each language the shop's content has it in
     */
    record Waiting(QueueEntry entry, Duration waited, Map<Language, String> topicTitles) {

        public Waiting {
            topicTitles = Map.copyOf(topicTitles);
        }
    }
}
