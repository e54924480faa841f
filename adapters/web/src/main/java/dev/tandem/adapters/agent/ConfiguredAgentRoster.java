package dev.tandem.adapters.agent;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.security.UserAccounts;
import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.intents.Language;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The agents are the configured users with role AGENT, with their languages, capacity and how shoppers see them
 * (display name, picture); an agent who is also an ADMIN, and the generated admin when no users are configured,
 * takes chats in every language.
 */
@Component
public class ConfiguredAgentRoster implements AgentRoster {

    private static final int GENERATED_ADMIN_CAPACITY = 3;

    private final List<Agent> agents;

    public ConfiguredAgentRoster(TandemProperties properties, UserAccounts accounts) {
        this.agents = List.copyOf(agentsOf(properties.users(), accounts));
    }

    @Override
    public List<Agent> agents() {
        return agents;
    }

    private static List<Agent> agentsOf(List<TandemProperties.User> users, UserAccounts accounts) {
        if (users.isEmpty()) {
            return accounts.generatedAdminPassword().isPresent()
                    ? List.of(new Agent(UserAccounts.GENERATED_ADMIN, Set.of(), GENERATED_ADMIN_CAPACITY)) : List.of();
        }
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            TandemProperties.User user = users.get(i);
            if (hasRole(user, "AGENT")) {
                Set<Language> languages = languages(i, user.languages());
                agents.add(new Agent(user.name().strip(), hasRole(user, "ADMIN") ? Set.of() : languages, user.capacity(),
                        user.displayName(), avatar(i, user.avatarUrl())));
            }
        }
        return agents;
    }

    private static boolean hasRole(TandemProperties.User user, String role) {
        return user.roles().stream().anyMatch(held -> held.strip().equalsIgnoreCase(role));
    }

    /** A picture shoppers' browsers load: only an absolute http(s) address, so nothing else can be smuggled in. */
    private static Optional<String> avatar(int index, String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI parsed = new URI(url.strip());
            if (parsed.isAbsolute() && ("https".equals(parsed.getScheme()) || "http".equals(parsed.getScheme()))
                    && parsed.getHost() != null) {
                return Optional.of(parsed.toString());
            }
        } catch (URISyntaxException malformed) {
            // refused below with the property's name
        }
        throw new IllegalStateException("tandem.users[" + index + "].avatar-url must be an http(s) address; got '"
                + url + "'");
    }

    private static Set<Language> languages(int index, List<String> codes) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (String code : codes) {
            languages.add(Language.fromCode(code.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new IllegalStateException(
                    "tandem.users[" + index + "].languages has '" + code + "'; supported: en, ru, uk, pl")));
        }
        return languages;
    }
}
