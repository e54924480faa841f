package dev.tandem.adapters.events;

import dev.tandem.bot.team.Presence;
import java.time.Instant;

/**
 * Tells the other nodes that an agent's presence changed on this one (their desk connection opened or closed),
 * so every node counts the same agents online for the wait estimate and returns the same absent agents'
 * chats. Only with the postgres profile; one node needs nobody to tell.
 */
public interface PresenceRelay {

    void announce(String agent, Presence presence, Instant at);

    PresenceRelay NONE = (agent, presence, at) -> { };
}
