package dev.tandem.bot.agent;

import dev.tandem.intents.Language;
import java.util.Objects;
import java.util.Set;

/**
 * A person who takes handed-off chats.
 *
 * @param languages the languages they take chats in; empty means all of them
 * @param capacity  how many chats they handle at once
 */
public record Agent(String name, Set<Language> languages, int capacity) {

    public Agent {
        Objects.requireNonNull(name, "name");
        languages = Set.copyOf(languages);
        if (capacity < 1) {
            throw new IllegalArgumentException("agent " + name + " needs a capacity of at least 1");
        }
    }

    public boolean speaks(Language language) {
        return languages.isEmpty() || languages.contains(language);
    }
}
