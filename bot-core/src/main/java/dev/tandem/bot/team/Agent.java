package dev.tandem.bot.team;

import dev.tandem.intents.Language;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who takes handed-off chats.
 *
 * @param name        the sign-in name, which the team and the records know them by
 * @param languages   the languages they take chats in; empty means all of them
 * @param capacity    how many chats they handle at once
 * @param displayName how shoppers see them ("Anna"); the sign-in name when none is configured
 * @param avatarUrl   an http(s) picture of them, if configured
 */
public record Agent(String name, Set<Language> languages, int capacity, String displayName, Optional<String> avatarUrl) {

    public Agent {
        Objects.requireNonNull(name, "name");
        languages = Set.copyOf(languages);
        if (capacity < 1) {
            throw new IllegalArgumentException("agent " + name + " needs a capacity of at least 1");
        }
        displayName = displayName == null || displayName.isBlank() ? name : displayName.strip();
        Objects.requireNonNull(avatarUrl, "avatarUrl");
    }

    /** An agent shoppers see by their sign-in name, without a picture. */
    public Agent(String name, Set<Language> languages, int capacity) {
        this(name, languages, capacity, name, Optional.empty());
    }

    public boolean speaks(Language language) {
        return languages.isEmpty() || languages.contains(language);
    }
}
