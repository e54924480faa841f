package dev.tandem.bot.agentdesk;

import dev.tandem.bot.team.Presence;
import dev.tandem.intents.Language;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** Use cases: an agent says whether they take chats now, and sees themselves as the desk sees them. */
public interface AgentStatus {

    /** The agent's own word on their presence (online, away, offline); answers how the desk sees them now. */
    Mono<Me> setPresence(String agent, Presence presence);

    Mono<Me> me(String agent);

    /**
     * An agent as the desk sees them. A signed-in name missing from the roster takes no chats: capacity 0,
     * no languages, shown by that name.
     *
     * @param displayName how shoppers see this agent
     * @param load        the chats they hold now
     */
    record Me(String name, String displayName, Optional<String> avatarUrl, Presence presence, int capacity, int load,
              List<Language> languages) {

        public Me {
            languages = List.copyOf(languages);
        }
    }
}
