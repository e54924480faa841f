package dev.tandem.adapters.config;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code tandem.*} settings (DESIGN.md, runtime properties).
 *
 * @param dataDir    where the H2 database and model caches live
 * @param contentDir FAQ and intents; unset means the demo shop bundled in the jar
 * @param users      agent, editor and admin accounts; none means a generated one-time admin
 * @param dialogue   the bot's confidence thresholds
 * @param contentReload watch the content directory and reload on changes
 */
@ConfigurationProperties("tandem")
public record TandemProperties(
        @DefaultValue("./data") Path dataDir,
        Path contentDir,
        @DefaultValue List<User> users,
        @DefaultValue Dialogue dialogue,
        @DefaultValue("true") boolean contentReload) {

    /**
     * @param password {@code {bcrypt}…} or {@code {noop}…}
     * @param roles    AGENT, EDITOR, ADMIN
     * @param languages the languages an agent takes chats in (en, ru, uk, pl)
     * @param capacity how many chats an agent handles at once
     */
    public record User(String name, String password, @DefaultValue List<String> roles,
                       @DefaultValue List<String> languages, @DefaultValue("3") int capacity) {
    }

    public record Dialogue(@DefaultValue("0.55") double intentConfidence,
                           @DefaultValue("0.35") double humanRequestConfidence,
                           @DefaultValue("0.65") double faqSearchScore,
                           @DefaultValue("0.5") double languageSwitchConfidence) {
    }
}
