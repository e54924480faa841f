package dev.tandem.adapters.agent;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.security.UserAccounts;
import dev.tandem.bot.agent.Agent;
import dev.tandem.bot.agent.port.AgentRoster;
import dev.tandem.intents.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The agents are the configured users with role AGENT, with their languages and capacity; with no users
 * configured, the generated admin (who also has AGENT) takes chats in every language.
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
            boolean agent = user.roles().stream().anyMatch(role -> role.strip().equalsIgnoreCase("AGENT"));
            if (agent) {
                agents.add(new Agent(user.name().strip(), languages(i, user.languages()), user.capacity()));
            }
        }
        return agents;
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
