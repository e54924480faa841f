package dev.tandem.bot.team;

import java.time.Instant;

/**
 * Use case: the agents' live connections (on this node and, relayed, on the others) tell the team who is at
 * their desk.
 */
public interface TrackAgentPresence {

    void set(String agent, Presence presence, Instant now);

    /** An agent acting in the console is evidently there: offline becomes online, away stays away. */
    void seen(String agent, Instant now);

    Presence of(String agent);
}
