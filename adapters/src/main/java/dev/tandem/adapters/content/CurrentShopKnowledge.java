package dev.tandem.adapters.content;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.bot.dialogue.ShopKnowledge;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The shop knowledge the bot answers with right now. Built before the server takes requests (the health
 * check is UP only after), and held by reference so a later content reload can swap it atomically.
 */
@Component
public class CurrentShopKnowledge implements Supplier<ShopKnowledge> {

    private final Path contentDir;
    private volatile LoadedKnowledge current;

    public CurrentShopKnowledge(TandemProperties properties) {
        this.contentDir = ContentDirectory.resolve(properties);
        this.current = ShopKnowledgeLoader.load(contentDir);
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

    /** The knowledge and what building it found, for status and health reporting. */
    public record LoadedKnowledge(ShopKnowledge knowledge, int intents, Map<String, Integer> faqEntries,
                                  List<String> rejectedFiles, Instant loadedAt) {
    }
}
