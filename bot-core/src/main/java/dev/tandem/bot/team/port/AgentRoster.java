package dev.tandem.bot.team.port;

import dev.tandem.bot.team.Agent;
import java.util.List;
import java.util.Optional;

/** The shop's agents (from configuration in the default adapter). */
public interface AgentRoster {

    List<Agent> agents();

    default Optional<Agent> find(String name) {
        return agents().stream().filter(agent -> agent.name().equals(name)).findFirst();
    }
}
