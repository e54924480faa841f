package dev.tandem.adapters.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The agents' live desk connections on this node (the agent stream), counted per agent: an agent is at their
 * desk while at least one is open. With several nodes this node's count is what it announces to the others,
 * and why it ignores another node's word that an agent it is connected to went offline.
 */
@Component
public class AgentConnections {

    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    public void opened(String agent) {
        open.merge(agent, 1, Integer::sum);
    }

    /** True when this was the agent's last connection here. */
    public boolean closed(String agent) {
        return open.computeIfPresent(agent, (name, count) -> count > 1 ? count - 1 : null) == null;
    }

    public boolean connectedHere(String agent) {
        return open.containsKey(agent);
    }

    public List<String> agentsHere() {
        return open.keySet().stream().sorted().toList();
    }
}
