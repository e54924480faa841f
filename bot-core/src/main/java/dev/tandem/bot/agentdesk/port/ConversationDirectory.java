package dev.tandem.bot.agentdesk.port;

import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.agentdesk.BrowseInbox;
import java.util.Optional;
import java.util.Set;
import reactor.core.publisher.Flux;

/** Outgoing port: conversations found by state, holder and the words in them, newest activity first. */
public interface ConversationDirectory {

    /**
     * @param states     the states to list
     * @param assignedTo only those held by this agent, if given
     * @param text       only those whose transcript or contact address contains this (any case), if given
     * @param limit      at most this many
     */
    record Query(Set<ConversationState> states, Optional<String> assignedTo, Optional<String> text, int limit) {

        public Query {
            states = Set.copyOf(states);
        }
    }

    Flux<BrowseInbox.Entry> find(Query query);
}
