package dev.tandem.bot.agentdesk;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.intents.Language;
import java.time.Instant;
import java.util.Optional;
import reactor.core.publisher.Flux;

/**
 * Use case: an agent looks beyond the live queue: the chats they hold, every open one, the resolved ones, and
 * searches them by what was written and who wrote it. Any of them opens read-only unless it is theirs.
 */
public interface BrowseInbox {

    /** Longest search text taken: a search is a few words, an address or an order number. */
    int MAX_SEARCH_LENGTH = 100;

    /** Which conversations a list shows; the waiting ones are the live queue. */
    enum View {
        /** Assigned to the agent asking. */
        MINE,
        /** Waiting or held by anyone. */
        OPEN,
        /** Closed by an agent or the shopper. */
        RESOLVED
    }

    /**
     * One line of a list: who the customer is and what they asked.
     *
     * @param contactEmail the address the shopper left, if any
     * @param orderNumber  the order the conversation is about, if one was named
     * @param question     the shopper's first message, on one line
     */
    record Entry(String id, Channel channel, Language language, ConversationState state,
                 Optional<String> assignedAgent, Optional<String> contactEmail, Optional<String> orderNumber,
                 String question, Instant updatedAt) {
    }

    /** The newest first, at most a page of them; {@code search} matches transcripts and contact addresses. */
    Flux<Entry> list(String agent, View view, Optional<String> search);
}
