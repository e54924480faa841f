package dev.tandem.adapters.events;

import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The PostgreSQL notification channel the nodes share, and this node's name on it. A fresh name per start:
 * a node that restarts is a new listener and must not take the old one's notices for its own.
 */
@Component
@Profile("postgres")
public class EventChannel {

    /** Every node LISTENs on and NOTIFYs this channel. */
    public static final String NAME = "tandem_events";

    private final String node = UUID.randomUUID().toString();

    public String node() {
        return node;
    }
}
