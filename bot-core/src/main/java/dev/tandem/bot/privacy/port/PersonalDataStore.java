package dev.tandem.bot.privacy.port;

import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.customer.CustomerLink;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Finds and removes a customer's conversations, and old ones, with everything stored about them. */
public interface PersonalDataStore {

    /**
     * Conversations of the customer with this e-mail address: the address they left, or wrote in one of
     * their own messages (case-insensitive), or that is linked to them (proven with an order, or the sender of
     * an e-mail thread).
     */
    Flux<Conversation> conversationsOf(String email);

    Flux<Message> transcript(String conversationId);

    /** What links the conversation to a customer (identities and verified orders); part of the export. */
    default Flux<CustomerLink> customerLinks(String conversationId) {
        return Flux.empty();
    }

    /**
     * Deletes the conversations with their messages, queue rows, events, ratings, channel records and customer
     * links; how many went.
     */
    Mono<Long> delete(Flux<String> conversationIds);

    /** Conversations with no activity since {@code before}, which are not waiting for or with an agent. */
    Flux<String> inactiveSince(Instant before);
}
