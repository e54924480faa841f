package dev.tandem.adapters.content;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.kb.KnowledgeBase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The shop knowledge the bot answers with right now. Built before the server takes requests (the health
 * check is UP only after), and swapped whole on a reload: a turn in flight finishes on the knowledge it
 * started with, and no turn ever sees half a reload.
 */
@Component
public class CurrentShopKnowledge implements Supplier<ShopKnowledge> {

    private final Path contentDir;
    private final IntentModelCache models;
    private volatile LoadedKnowledge current;

    public CurrentShopKnowledge(TandemProperties properties) {
        this.contentDir = ContentDirectory.resolve(properties);
        this.models = new IntentModelCache(properties.dataDir());
        this.current = ShopKnowledgeLoader.load(contentDir, models);
    }

    @Override
    public ShopKnowledge get() {
        return current.knowledge();
    }

    public LoadedKnowledge loaded() {
        return current;
    }

    public Path contentDir() {
        return contentDir;
    }

    /** Reads the content directory again and swaps the result in; synchronized so reloads never interleave. */
    public synchronized LoadedKnowledge reload() {
        current = ShopKnowledgeLoader.reload(contentDir, current, models);
        return current;
    }

    /**
     * The knowledge and what building it found, for status and health reporting.
     *
     * @param problems every content problem as {@code file:line: reason}; rejected files among them
     */
    public record LoadedKnowledge(ShopKnowledge knowledge, IntentCatalog catalog, KnowledgeBase faq,
                                  List<String> problems, Instant loadedAt) {

        public LoadedKnowledge {
            problems = List.copyOf(problems);
        }

        public int intents() {
            return catalog.intents().size();
        }

        public Map<String, Integer> faqEntries() {
            return faq.index().entryCounts();
        }
    }
}
